import { cellAddress } from "../../model/address";
import type { CellValue } from "../../model/cell-value";
import type { RagLevel } from "../../model/rag-level";
import type { DetectedTable } from "../../parse/plan-model";
import { cellAt, lastColumn } from "../../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { crossesColumn, mergedAreasOf } from "../../snapshot/merged-areas";
import type { RangeArea } from "../../model/address";
import type { CellFormat, WriteOp } from "../../write-plan/write-plan";
import type { LevelSet } from "../level-presets";
import type { RagResult } from "../rate-plan";
import { isEmptyCell } from "./empty-cell";
import { levelCell } from "./level-cell";
import { ratingsByRow } from "./table-ratings";

/** The heading of Plan Tracker's own column: says whose cells they are, so no one mistakes them for the owners'. */
export const CALCULATED_HEADER = "Calculated RAG (Plan Tracker)";

const isOurHeading = (value: CellValue): boolean =>
  typeof value === "string" && value.trim().toLowerCase() === CALCULATED_HEADER.toLowerCase();

/** Where the column's heading goes: the header row nearest the data, as a one-row heading would be. */
export const calculatedHeaderRow = (table: DetectedTable): number =>
  table.headerRows[table.headerRows.length - 1];

const emptyDownTheTable = (sheet: SheetSnapshot, table: DetectedTable, column: number): boolean => {
  for (let row = table.headerRows[0]; row <= table.lastDataRow; row++)
    if (!isEmptyCell(sheet, row, column)) return false;
  return true;
};

// A write into any cell of a merge lands in its top-left cell, someone else's: the column must be clear of merges all the way down.
const mergedDownTheTable = (
  merges: readonly RangeArea[],
  table: DetectedTable,
  column: number
): boolean =>
  merges.some((area) => crossesColumn(area, column, table.headerRows[0], table.lastDataRow));

/**
 * The column Plan Tracker's ratings for one table go in: the one an earlier refresh headed (so a
 * refresh replaces its own column rather than adding another), else the first column to the right
 * of the table that is empty for the table's whole height, header rows included. Never a cell
 * anyone has written in, however far right that is (BCP's caseload row runs to column AR), and
 * never a column a merge reaches into over that height (docs/HISTORY.md#issue-12-3).
 */
export const calculatedColumnOf = (sheet: SheetSnapshot, table: DetectedTable): number => {
  const first = Math.min(...table.columns.map((c) => c.column));
  const last = Math.max(...table.columns.map((c) => c.column));
  const used = lastColumn(sheet);
  const merges = mergedAreasOf(sheet);
  const free = (column: number) => !mergedDownTheTable(merges, table, column);
  for (let column = first; column <= used; column++)
    if (table.headerRows.some((row) => isOurHeading(cellAt(sheet, row, column))) && free(column))
      return column;
  for (let column = last + 1; column <= used; column++)
    if (emptyDownTheTable(sheet, table, column) && free(column)) return column;
  // Past the used range a merge may still run on (a banner across the page): move right past it.
  let column = Math.max(last + 1, used + 1);
  while (!free(column)) column++;
  return column;
};

/**
 * Only what Undo last run keeps of a cell (value, number format, fill, text colour and weight): the
 * register's alignment would outlive an undo on the council's sheet, so it is left out here.
 */
const undoableFormat = (format: CellFormat | undefined): CellFormat => ({
  ...(format?.fontColour !== undefined ? { fontColour: format.fontColour } : {}),
  ...(format?.bold !== undefined ? { bold: format.bold } : {}),
});

/**
 * Plan Tracker's column beside one table: its heading, then each action's rating as glyph and words
 * with its fill (as the register shows them), other rows left alone. Every cell carries what was
 * read, so a co-author's typing since is never written over, and the executors keep it for Undo.
 */
export const calculatedColumnOps = (
  snapshot: WorkbookSnapshot,
  table: DetectedTable,
  result: RagResult,
  levels: LevelSet,
  colourOf: (level: RagLevel) => string | undefined
): WriteOp[] => {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  const rated = ratingsByRow(table, result);
  if (!sheet || rated.size === 0) return [];
  const column = calculatedColumnOf(sheet, table);
  const headerRow = calculatedHeaderRow(table);
  const rows = table.lastDataRow - table.firstDataRow + 1;
  const values: CellValue[][] = [];
  const fills: (string | null)[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const expected: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = table.firstDataRow + i;
    const rating = rated.get(row);
    const styled = rating ? levelCell(levels, rating.level, colourOf(rating.level)) : null;
    values.push([styled?.value ?? null]);
    fills.push([styled?.fill ?? null]);
    formats.push([styled ? undoableFormat(styled.format) : null]);
    expected.push([cellAt(sheet, row, column)]);
  }
  const heading = cellAddress(headerRow, column);
  const topLeft = cellAddress(table.firstDataRow, column);
  return [
    {
      kind: "values",
      sheet: table.sheet,
      topLeft: heading,
      values: [[CALCULATED_HEADER]],
      expected: [[cellAt(sheet, headerRow, column)]],
    },
    { kind: "cellFormats", sheet: table.sheet, topLeft: heading, formats: [[{ bold: true }]] },
    { kind: "values", sheet: table.sheet, topLeft, values, expected },
    { kind: "fills", sheet: table.sheet, topLeft, colours: fills },
    { kind: "cellFormats", sheet: table.sheet, topLeft, formats },
  ];
};
