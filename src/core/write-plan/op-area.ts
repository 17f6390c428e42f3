import { parseCellAddress, parseRangeAddress, type RangeArea } from "../model/address";
import { opRows, type RowWriteOp } from "./chunk-write-plan";
import type { WriteOp } from "./write-plan";

/** Excel's grid (Excel specifications and limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The cells a row operation covers, from its top-left and its payload's size; null if it cannot be placed. */
export const rowOpArea = (op: RowWriteOp): RangeArea | null => {
  const origin = parseCellAddress(op.topLeft);
  const rows = opRows(op);
  if (!origin || rows.length === 0) return null;
  return {
    top: origin.row,
    left: origin.column,
    bottom: origin.row + rows.length - 1,
    right: origin.column + rows[0].length - 1,
  };
};

/** Where a block found inside an operation's area sits on the sheet (row and column count from 1 within the area). */
export const blockArea = (
  area: RangeArea,
  block: { row: number; column: number; rows: readonly (readonly unknown[])[] }
): RangeArea => {
  const top = area.top + block.row - 1;
  const left = area.left + block.column - 1;
  return {
    top,
    left,
    bottom: top + block.rows.length - 1,
    right: left + (block.rows[0]?.length ?? 1) - 1,
  };
};

/** The bounded range a conditional format or dropdown applies to; never a whole column (docs/EXCEL.md#conditional-formats). */
export const rangeOpArea = (op: Extract<WriteOp, { range: string }>): RangeArea | null =>
  parseRangeAddress(op.range.replace(/\$/g, ""));

/**
 * The areas of a range that may hold several, separated by commas ("C37,E37,G37": one rule over
 * scattered Actual cells); null if any of them is not a bounded range.
 */
export const rangeAreasOf = (range: string): RangeArea[] | null => {
  const areas = range.split(",").map((part) => parseRangeAddress(part.trim().replace(/\$/g, "")));
  return areas.length > 0 && areas.every((area): area is RangeArea => area !== null) ? areas : null;
};

export const insideGrid = (area: RangeArea): boolean =>
  area.top >= 1 && area.left >= 1 && area.bottom <= MAX_ROWS && area.right <= MAX_COLUMNS;
