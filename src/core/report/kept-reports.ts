import { cellAddress } from "../model/address";
import { cellText, type CellValue } from "../model/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { SheetBuilder, type StyledCell } from "../write-plan/sheet-builder";
import type { WriteOp } from "../write-plan/write-plan";

const MAX_SHEET_NAME = 31;
// Characters Excel does not allow in a sheet name (and the apostrophe it does not allow first or last).
const NOT_IN_NAMES = /[[\]:*?/\\]/g;
const TITLE_PREFIX = "Board report – ";
export const VERSION_LOG_TITLE = "Version log";
export const VERSION_LOG_HEADINGS = ["Version number", "Purpose / Change", "Author", "Date"];

/** The period a report sheet was made for, from its second row ("Board report – January 2023"). */
export const reportedPeriod = (sheet: SheetSnapshot | undefined): string | null => {
  const text = sheet ? cellText(sheet.values[1]?.[0] ?? null) : "";
  return sheet && sheet.firstRow === 1 && sheet.firstColumn === 1 && text.startsWith(TITLE_PREFIX)
    ? text.slice(TITLE_PREFIX.length).trim()
    : null;
};

/** "Report – January 2023", within Excel's 31 characters and rules, and a name no sheet has. */
const keptName = (snapshot: WorkbookSnapshot, period: string): string | null => {
  const base = `Report – ${period.replace(NOT_IN_NAMES, " ").replace(/\s+/g, " ").trim()}`
    .slice(0, MAX_SHEET_NAME)
    .replace(/^'+|'+$/g, "")
    .trim();
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  // A kept report is never written over: the same period kept twice is left as it was.
  return taken.has(base.toLowerCase()) ? null : base;
};

/** The rows of the version log an earlier report holds, to carry forward (the log grows one row a report). */
export const earlierVersions = (sheet: SheetSnapshot | undefined): CellValue[][] => {
  if (!sheet) return [];
  const start = sheet.values.findIndex((row) => cellText(row[0] ?? null) === VERSION_LOG_TITLE);
  if (start < 0) return [];
  const rows: CellValue[][] = [];
  for (const row of sheet.values.slice(start + 2)) {
    if (cellText(row[0] ?? null) === "") break;
    rows.push(row.slice(0, VERSION_LOG_HEADINGS.length));
  }
  return rows;
};

/**
 * Before a report for a new period replaces the one on the report sheet, the earlier one is kept as
 * a sheet named for its period (docs/REPORT.md#kept): its values and number formats, laid out plainly
 * (the snapshot does not carry fonts or charts; each rating keeps its glyph and words). The kept sheet
 * is not marked, so Plan Tracker never writes to it again. Nothing when the period is the same, or
 * the earlier period is already kept.
 */
export const keepEarlierReport = (
  snapshot: WorkbookSnapshot,
  reportSheet: string,
  period: string
): { ops: WriteOp[]; kept: string | null } => {
  const sheet = snapshot.sheets.find((s) => s.name === reportSheet);
  const earlier = reportedPeriod(sheet);
  if (!sheet || earlier === null || earlier.toLowerCase() === period.trim().toLowerCase())
    return { ops: [], kept: null };
  const name = keptName(snapshot, earlier);
  if (name === null) return { ops: [], kept: null };
  const builder = new SheetBuilder(name);
  sheet.values.forEach((row, r) => {
    builder.row(
      row.map((value, c): StyledCell => {
        const format = sheet.numberFormats[cellAddress(r + 1, c + 1)];
        return {
          value,
          ...(format ? { numberFormat: format } : {}),
          format: value === null ? undefined : { wrap: typeof value === "string", vertical: "top" },
        };
      })
    );
  });
  [44, 14, 14, 14, 14, 14, 14, 48].forEach((width, index) => builder.width(index + 1, width));
  return { ops: [{ kind: "ensureSheet", sheet: name }, ...builder.toOps()], kept: name };
};
