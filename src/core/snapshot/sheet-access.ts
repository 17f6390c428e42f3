import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import type { SheetSnapshot } from "./workbook-snapshot";

/** Cell lookups in worksheet coordinates (1-based), hiding the used range's offset. */
export const cellAt = (sheet: SheetSnapshot, row: number, column: number): CellValue => {
  const r = row - sheet.firstRow;
  const c = column - sheet.firstColumn;
  if (r < 0 || c < 0 || r >= sheet.values.length) return null;
  return sheet.values[r][c] ?? null;
};

export const numberFormatAt = (
  sheet: SheetSnapshot,
  row: number,
  column: number
): string | undefined => sheet.numberFormats[cellAddress(row, column)];

export const fillAt = (sheet: SheetSnapshot, row: number, column: number): string | undefined =>
  sheet.fills[cellAddress(row, column)];

export const lastRow = (sheet: SheetSnapshot): number => sheet.firstRow + sheet.values.length - 1;

export const lastColumn = (sheet: SheetSnapshot): number =>
  sheet.firstColumn + sheet.values.reduce((width, row) => Math.max(width, row.length), 0) - 1;
