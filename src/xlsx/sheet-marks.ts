import type { Workbook } from "exceljs";
import { ownedSheetsOf } from "../core/owned/owned-sheets-of";
import {
  markName,
  markReference,
  roleOfMarkName,
  sheetOfMarkFormula,
} from "../core/owned/sheet-mark";
import type { OwnedRole } from "../core/rag/write/owned-sheets";
import type { SheetSnapshot } from "../core/snapshot/workbook-snapshot";
import { normaliseCellValue } from "./read-cell-value";

/**
 * Plan Tracker's marks on its own sheets in an .xlsx file: workbook names "PlanTracker.<Role>"
 * referring to the sheet's A1 (core/owned/sheet-mark.ts says why). exceljs reads and writes names
 * that refer to cells, so no extra pass over the package is needed. It cannot read a reference to a
 * sheet whose name holds an apostrophe (it drops the name): such a sheet is then not recognised, and
 * Plan Tracker makes a new one under another name rather than touch anything else.
 */
export const sheetMarks = (workbook: Workbook): Map<string, OwnedRole> => {
  const roles = new Map<string, OwnedRole>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const role = roleOfMarkName(name);
    const sheet = role === null ? null : sheetOfMarkFormula(ranges[0] ?? "");
    if (role !== null && sheet !== null) roles.set(sheet.toLowerCase(), role);
  }
  return roles;
};

/** The snapshot's sheets with the marks the file carries (the reader itself knows nothing of them). */
export const withMarks = (
  workbook: Workbook,
  sheets: readonly SheetSnapshot[]
): SheetSnapshot[] => {
  const roles = sheetMarks(workbook);
  return sheets.map((sheet) => {
    const role = roles.get(sheet.name.toLowerCase());
    return role === undefined ? sheet : { ...sheet, mark: role };
  });
};

/** Mark a sheet as Plan Tracker's for the role, moving the mark from any other sheet (one per role). */
export const markSheet = (workbook: Workbook, role: OwnedRole, sheet: string): void => {
  const name = markName(role).toLowerCase();
  const others = workbook.definedNames.model.filter((entry) => entry.name.toLowerCase() !== name);
  workbook.definedNames.model = [
    ...others,
    { name: markName(role), ranges: [markReference(sheet)] },
  ];
};

/**
 * The undo sheet's name: the marked one, an older Plan Tracker's unmarked one whose A1 says it holds
 * an undo record, or a name no sheet has (a council sheet called "Plan Tracker Undo" is left alone).
 */
export const undoSheetOf = (workbook: Workbook): string => {
  const roles = sheetMarks(workbook);
  return ownedSheetsOf(
    workbook.worksheets.map((worksheet) => ({
      name: worksheet.name,
      mark: roles.get(worksheet.name.toLowerCase()),
      firstRow: 1,
      firstColumn: 1,
      values: [[normaliseCellValue(worksheet.findCell(1, 1)?.value)]],
    }))
  ).of("undo").name;
};
