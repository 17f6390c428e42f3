import type { CellValue } from "../../model/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { ownedSheetsOf } from "../../owned/owned-sheets-of";

/**
 * The words of a heading as a person reads them: "Pre-mitigated Impact", "rag_status" and
 * "Delivery (RAG)" become ["pre", "mitigated", "impact"], ["rag", "status"], ["delivery", "rag"].
 * Underscores and punctuation separate words, case does not matter.
 */
export const headingWords = (value: CellValue): string[] =>
  typeof value === "string"
    ? value
        .toLowerCase()
        .split(/[^a-z0-9%]+/)
        .filter((word) => word !== "")
    : [];

/** A heading row in a register or a statistics table is short labels, not sentences. */
const MAX_HEADING_LENGTH = 60;
/** Fewer distinct labels than this is a title, a note or a key entry, not a table's heading row. */
const MIN_HEADINGS = 3;
/**
 * Headings sit near the top of their table, and tables near the top of their sheet; looking further
 * down a sheet of 100,000 rows only costs time. Risk registers repeat their heading per project, so
 * the first few hundred rows hold one of them.
 */
const ROWS_LOOKED_AT = 300;

export interface HeadingRow {
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  /** The row's distinct short labels, as written (a merged label is read once). */
  headings: string[];
}

const rowHeadings = (cells: readonly CellValue[]): string[] | null => {
  const labels = new Set<string>();
  let filled = 0;
  for (const cell of cells) {
    if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
    filled += 1;
    if (typeof cell === "string" && cell.trim().length <= MAX_HEADING_LENGTH && /[a-z]/i.test(cell))
      labels.add(cell.trim());
  }
  // Mostly labels: a data row with a few words among its figures is not a heading row.
  return labels.size >= MIN_HEADINGS && labels.size * 2 >= filled ? [...labels] : null;
};

/** Rows of short labels near the top of a sheet: where a table says what its columns hold. */
export const headingRowsOf = (sheet: SheetSnapshot): HeadingRow[] => {
  const rows: HeadingRow[] = [];
  const last = Math.min(sheet.values.length, ROWS_LOOKED_AT);
  for (let index = 0; index < last; index += 1) {
    const headings = rowHeadings(sheet.values[index] ?? []);
    if (headings) rows.push({ sheet: sheet.name, row: sheet.firstRow + index, headings });
  }
  return rows;
};

/**
 * The sheets a person reads as the workbook: visible ones, and not the sheets Plan Tracker writes
 * itself (a register of ratings it made is not the council's plan). Hidden sheets in templates hold
 * lookup lists and validation words, which say nothing about what the workbook is.
 */
export const sheetsAPersonReads = (snapshot: WorkbookSnapshot): SheetSnapshot[] => {
  const owned = ownedSheetsOf(snapshot.sheets);
  return snapshot.sheets.filter(
    (sheet) => sheet.visibility === "visible" && !owned.isOwned(sheet.name)
  );
};
