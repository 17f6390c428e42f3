import { OWNED_ROLES, type OwnedRole } from "../rag/write/owned-sheets";

/**
 * How a sheet is marked as Plan Tracker's: a workbook-level defined name per role that refers to the
 * sheet's cell A1 ("PlanTracker.Report" → ='Board report'!$A$1). Chosen over the alternatives by
 * what both executors can write and both readers can read (docs/OWNED-SHEETS.md):
 * - Excel rewrites a name's reference when the sheet is renamed or moved, so the mark follows the
 *   sheet, in Excel on the web, on the desktop and in LibreOffice, across saves;
 * - exceljs reads and writes workbook names that refer to cells, so the .xlsx path needs no extra
 *   pass over the package; Office.js reads and writes them from ExcelApi 1.4 (workbook.names);
 * - a record of sheet ids in Plan Tracker's custom XML part would not travel: Office.js's
 *   worksheet.id and the file's sheetId are different numbers, so a mark the command line wrote
 *   could not be read by the add-in; a sheet-scoped name holding a constant is dropped by exceljs.
 * One name per role also means one sheet per role: a copy of the report sheet is the council's.
 */
const PREFIX = "PlanTracker.";

const NAME_OF: Readonly<Record<OwnedRole, string>> = {
  ratings: `${PREFIX}Ratings`,
  lists: `${PREFIX}Lists`,
  history: `${PREFIX}History`,
  report: `${PREFIX}Report`,
  undo: `${PREFIX}Undo`,
};

export const markName = (role: OwnedRole): string => NAME_OF[role];

/** The role a workbook name marks (names are case-insensitive in Excel), or null for any other name. */
export const roleOfMarkName = (name: string): OwnedRole | null =>
  OWNED_ROLES.find((role) => NAME_OF[role].toLowerCase() === name.toLowerCase()) ?? null;

/** A sheet name as a formula needs it: quoted, with quotes doubled, unless it is a plain word. */
export const quotedSheetName = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;

/** What the mark refers to, without the "=" (exceljs takes it so; Office.js is given the range itself). */
export const markReference = (sheet: string): string => `${quotedSheetName(sheet)}!$A$1`;

/**
 * The sheet a mark's formula refers to ("='Q3 board'!$A$1", "Lists!$A$1", "='It''s'!A1"), or null
 * when it refers to none (the sheet was deleted: "=#REF!$A$1").
 */
export const sheetOfMarkFormula = (formula: string): string | null => {
  const text = formula.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#][^!]*)!/.exec(text);
  return plain ? plain[1] : null;
};
