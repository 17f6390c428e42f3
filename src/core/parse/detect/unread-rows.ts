import { cellAddress } from "../../model/address";
import type { DetectedTable, UnmappedNote } from "../plan-model";
import { isFillerValue, TOTAL_LABEL } from "./filler";
import type { SheetGrid } from "./sheet-grid";

/**
 * Rows below a table of actions or measures, before the next table, that are laid out like the
 * table's own rows but were read by none: typically rows under a heading that has no header row of
 * its own, where the table ended. They are not guessed into the plan; they are said, one note per
 * run of rows, so nobody believes a plan was read whole when part of it was not.
 */

/** Filled cells a row needs under the table's columns to look like one of its rows. */
const MIN_CELLS = 3;

const looksLikeRowOf = (grid: SheetGrid, row: number, table: DetectedTable): boolean => {
  const key = table.columns.find((c) => c.field === "title" || c.field === "name")?.column;
  if (key === undefined || grid.blank(row, key) || isFillerValue(grid.value(row, key)))
    return false;
  if (TOTAL_LABEL.test(grid.text(row, key))) return false;
  let cells = 0;
  for (const column of table.columns)
    if (!grid.blank(row, column.column) && !isFillerValue(grid.value(row, column.column)))
      cells += 1;
  return cells >= MIN_CELLS;
};

/** What the note says of one row or of several, in the grammar each needs. */
const reasonFor = (first: number, last: number, header: number): string =>
  first === last
    ? `Row ${first} looks like a row of the table headed in row ${header} but comes after the table ended (a heading with no header row of its own), so it is not read. Repeat the header row above it, or remove the heading between.`
    : `Rows ${first}–${last} look like rows of the table headed in row ${header} but come after the table ended (a heading with no header row of its own), so they are not read. Repeat the header row above them, or remove the heading between.`;

export const unreadRows = (grid: SheetGrid, tables: readonly DetectedTable[]): UnmappedNote[] => {
  const notes: UnmappedNote[] = [];
  const starts = tables.map((t) => t.headerRows[0]).sort((a, b) => a - b);
  for (const table of tables) {
    if (table.kind !== "actions" && table.kind !== "measures") continue;
    const next = starts.find((start) => start > table.lastDataRow) ?? grid.lastRow + 1;
    let first = -1;
    let last = -1;
    const say = (): void => {
      if (first < 0) return;
      const column = table.columns[0]?.column ?? grid.firstColumn;
      notes.push({
        sheet: grid.name,
        cell: cellAddress(first, column),
        text: grid.text(first, column),
        reason: reasonFor(first, last, table.headerRows[0]),
      });
      first = -1;
    };
    for (let row = table.lastDataRow + 1; row < next; row += 1) {
      if (looksLikeRowOf(grid, row, table)) {
        if (first < 0) first = row;
        last = row;
      } else if (grid.filledColumns(row).length > 0) say();
    }
    say();
  }
  return notes;
};
