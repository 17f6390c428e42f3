import { sectionHeading, workstreamHeading } from "./block-titles";
import { isFillerValue } from "./filler";
import { groupLabel } from "./group-label";
import type { SheetGrid } from "./sheet-grid";

/**
 * A row inside a table that names the group of the rows under it: "1. Workforce", "Early Help"
 * merged across the table, "CHILDREN IN CARE" alone in the first column. Councils put these anywhere,
 * directly under the header too, so they are part of the table's body, not the end of the table.
 *
 * A lone cell is a section when it reads as a name, not as text split from the row above: short,
 * no sentence punctuation, not a bullet or a lower-case continuation, written at or left of the
 * column the table's items are named in, and merged across the table or followed by a row of data.
 */
export interface SectionRow {
  label: string;
  /** The number it carries ("1", "2.3"), when numbered. */
  id: string;
}

const MAX_LABEL_LENGTH = 80;
const MAX_LABEL_WORDS = 12;

const looksLikeName = (text: string): boolean => {
  if (text.length < 2 || text.length > MAX_LABEL_LENGTH) return false;
  if (text.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  // A bullet, a lower-case start or a sentence's punctuation mark text carried over from the row above.
  if (/^[-–—•*·>]/.test(text) || /^[a-z]/.test(text)) return false;
  if (/[.,;]\s*$/.test(text) && !/^\d+(\.\d+)*\.?\s/.test(text)) return false;
  if (/[,;]/.test(text)) return false;
  return /[A-Za-z]/.test(text);
};

const isCapitalised = (text: string): boolean =>
  /[A-Z]{2}/.test(text) && text === text.toUpperCase();

/** The filled cells of a row, ignoring template filler ("< Select >"). */
const contentColumns = (grid: SheetGrid, row: number): number[] => {
  const filled = grid.filledColumns(row);
  return filled.some((column) => isFillerValue(grid.value(row, column)))
    ? filled.filter((column) => !isFillerValue(grid.value(row, column)))
    : filled;
};

/** Whether the row holds exactly one cell that is not filler, found without building a list for the common row of many cells. */
const oneContentCell = (grid: SheetGrid, row: number): boolean => {
  const filled = grid.filledColumns(row);
  if (filled.length === 1) return !isFillerValue(grid.value(row, filled[0]));
  let real = 0;
  for (const column of filled)
    if (!isFillerValue(grid.value(row, column)) && (real += 1) > 1) return false;
  return real === 1;
};

/** Whether the cell's merge (or the cells beside it being empty by design) spans more than one column. */
const mergedAcross = (grid: SheetGrid, row: number, column: number): boolean => {
  const right = grid.mergedFrom(row, column + 1);
  return right !== null && right.row === row && right.column === column;
};

/** The next row with anything in it, within a few rows, or null. */
/** Single-cell rows looked past under a possible section, for the first row that holds cells. */
const MAX_LONE_ROWS = 3;

const nextFilledRow = (grid: SheetGrid, row: number): number | null => {
  for (let next = row + 1; next <= Math.min(grid.lastRow, row + 3); next += 1)
    if (contentColumns(grid, next).length > 0) return next;
  return null;
};

/**
 * The section this row opens, or null. `nameColumn` is the column the table names its items in;
 * `isHeader` says whether a row starts a new table (a section is followed by data, not a header).
 */
export const sectionRow = (
  grid: SheetGrid,
  row: number,
  nameColumn: number,
  isHeader: (row: number) => boolean,
  /** In a table of measures a name alone is a measure with no figures yet: only a merged, numbered or capitalised row is a section there. */
  strict = false
): SectionRow | null => {
  if (!oneContentCell(grid, row)) return null;
  const filled = contentColumns(grid, row);
  const column = filled[0];
  if (column > nameColumn) return null;
  const text = grid.text(row, column).replace(/\s+/g, " ").trim();
  // The rows a section opens hold cells; a name alone under it (a measure with no figures yet, an
  // action with nothing but its title) is one of them too, so the first row with cells is looked for
  // past a few such rows. A header or another heading first means this row titles a new table.
  let next = nextFilledRow(grid, row);
  for (
    let lone = 0;
    next !== null &&
    lone < MAX_LONE_ROWS &&
    contentColumns(grid, next).length < 2 &&
    !isHeader(next);
    lone += 1
  )
    next = nextFilledRow(grid, next);
  if (next === null || isHeader(next) || contentColumns(grid, next).length < 2) return null;
  const numbered = workstreamHeading(grid, row) ?? sectionHeading(grid, row);
  if (numbered) return { label: groupLabel(numbered), id: numbered.id };
  if (!looksLikeName(text)) return null;
  const merged = mergedAcross(grid, row, column);
  if (strict && !merged && !isCapitalised(text)) return null;
  if (!merged && column === nameColumn && text.length > 40) return null;
  return { label: text, id: text };
};
