/* global Excel */
import {
  markName,
  markReference,
  roleOfMarkName,
  sheetOfMarkFormula,
} from "../core/owned/sheet-mark";
import type { OwnedRole } from "../core/rag/write/owned-sheets";
import type { ExcelApiSupport } from "./capabilities";

/**
 * Plan Tracker's marks on its own sheets in Excel: workbook names "PlanTracker.<Role>" referring to
 * the sheet's A1 (core/owned/sheet-mark.ts says why). Read with workbook.names (value gives the
 * reference Excel keeps up to date through renames) and written with names.add (ExcelApi 1.4);
 * without 1.4 no mark is read or written and only an older Plan Tracker's sheets are recognised.
 */
export interface SheetMarks {
  /** After the sync that loaded them: the role of each marked sheet, by lower-cased sheet name. */
  roles(): Map<string, OwnedRole>;
  /** Queue marking this sheet (just added or already there) as Plan Tracker's sheet for the role. */
  mark(role: OwnedRole, sheetName: string, sheet: Excel.Worksheet): void;
}

export const queueSheetMarks = (
  context: Excel.RequestContext,
  support: ExcelApiSupport
): SheetMarks => {
  const names = support.nullObjects ? context.workbook.names.load("items/name, items/value") : null;
  const marked = (): { role: OwnedRole; item: Excel.NamedItem; sheet: string | null }[] =>
    (names?.items ?? []).flatMap((item) => {
      const role = roleOfMarkName(item.name);
      return role === null
        ? []
        : [
            {
              role,
              item,
              sheet: typeof item.value === "string" ? sheetOfMarkFormula(item.value) : null,
            },
          ];
    });
  return {
    roles: () =>
      new Map(
        marked().flatMap(({ role, sheet }) =>
          sheet === null ? [] : [[sheet.toLowerCase(), role] as const]
        )
      ),
    mark: (role, sheetName, sheet) => {
      if (names === null) return;
      const existing = marked().find((entry) => entry.role === role);
      if (existing?.sheet?.toLowerCase() === sheetName.toLowerCase()) return;
      // One name per role: a mark left on a deleted or replaced sheet moves to this one.
      existing?.item.delete();
      const added = context.workbook.names.add(
        markName(role),
        sheet.getRange("A1"),
        `Marks the sheet '${sheetName}' as Plan Tracker's (${markReference(sheetName)}).`
      );
      added.visible = false;
    },
  };
};
