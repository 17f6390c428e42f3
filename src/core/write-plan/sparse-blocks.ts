import { cellAddress } from "../model/address";

/** A rectangle of a sheet's per-cell settings: where it starts and its rows (null: leave the cell). */
export interface SparseBlock<T> {
  /** Where the block starts in the grid given, counting from 1, and as an A1 address on a sheet starting at A1. */
  row: number;
  column: number;
  topLeft: string;
  rows: (T | null)[][];
}

/**
 * A whole block's worth of null costs as much as an operation of its own (its range and call), in
 * cells of JSON "null": below it, two bands are cheaper as one.
 */
const NULLS_PER_OPERATION = 400;

interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const cellsIn = (band: Band): number => (band.bottom - band.top + 1) * (band.right - band.left + 1);

/**
 * Cover the cells that hold a setting (a number format, a fill, a cell format) with a few blocks
 * instead of one as wide and tall as the sheet: a fill on the rating column of a 100,000-row
 * register goes as one column, not as eleven (docs/EXCEL.md#limits). Rows whose set cells span the same
 * columns form a band; neighbouring bands become one block while the nulls that adds cost less
 * than another operation. Rows and columns count from 1.
 */
export const sparseBlocks = <T>(
  rows: readonly (readonly (T | null | undefined)[])[]
): SparseBlock<T>[] => {
  const bands: Band[] = [];
  rows.forEach((cells, index) => {
    const row = index + 1;
    const set = cells.flatMap((cell, c) => (cell === null || cell === undefined ? [] : [c + 1]));
    if (set.length === 0) return;
    const left = set[0];
    const right = set[set.length - 1];
    const last = bands[bands.length - 1];
    if (last && last.bottom === row - 1 && last.left === left && last.right === right)
      last.bottom = row;
    else bands.push({ top: row, bottom: row, left, right });
  });
  const blocks: Band[] = [];
  for (const band of bands) {
    const open = blocks[blocks.length - 1];
    if (open) {
      const merged = {
        top: open.top,
        bottom: band.bottom,
        left: Math.min(open.left, band.left),
        right: Math.max(open.right, band.right),
      };
      if (cellsIn(merged) - cellsIn(open) - cellsIn(band) < NULLS_PER_OPERATION) {
        blocks[blocks.length - 1] = merged;
        continue;
      }
    }
    blocks.push({ ...band });
  }
  return blocks.map((band) => ({
    row: band.top,
    column: band.left,
    topLeft: cellAddress(band.top, band.left),
    rows: rows
      .slice(band.top - 1, band.bottom)
      .map((cells) =>
        Array.from(
          { length: band.right - band.left + 1 },
          (_, c) => cells[band.left - 1 + c] ?? null
        )
      ),
  }));
};
