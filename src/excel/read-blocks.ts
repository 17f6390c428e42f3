/* global Excel */
import { rangeAddress } from "../core/model/address";
import { readInBudget, type AreaPiece, type ReadBudget } from "./read-in-budget";
import { jsonBytesOfRows, learntDensity } from "./response-bytes";

/** Rows of one sheet's used range read with one range proxy (`area` is 1-based, inclusive); `sheetIndex` finds its worksheet. */
export interface SheetBlock extends AreaPiece {
  sheetIndex: number;
}

export interface BlockCells {
  /** null is Excel's silent failure for a read over its cell limit (docs/EXCEL.md#limits). */
  values: unknown[][] | null;
  numberFormats: unknown[][] | null;
}

/**
 * The prior for values and number formats, in response bytes per cell, until the first block of a
 * sheet has come back: the JSON of the value (with its quotes and comma) and of its format, mostly
 * "General" (10 bytes). Measured: 16–45 on the four fixture layouts' sheets (45 on GCC's short
 * version-control sheet, 26 on BCP's plan whose notes run to 1,800 characters), 39 on the bench's
 * generated plans; 48 is above them all, so a first group sized by it stays under 4 MB × 48/39.
 * A sheet of long notes may still exceed it: then Excel's refusal halves the group (read-in-budget.ts)
 * and the sheet's own measure takes over.
 */
export const VALUES_BYTES_PER_CELL = 48;

/** The whole of one sheet's used range, cut later by bytes and cells (read-in-budget.ts). */
export const usedBlock = (
  sheetIndex: number,
  sheet: string,
  used: { firstRow: number; firstColumn: number; rows: number; columns: number }
): SheetBlock => ({
  sheet,
  sheetIndex,
  area: {
    top: used.firstRow,
    left: used.firstColumn,
    bottom: used.firstRow + used.rows - 1,
    right: used.firstColumn + used.columns - 1,
  },
});

export interface BlockReadOptions {
  maxBytes: number;
  maxCells: number;
  /** Number formats too (the snapshot needs them for dates and percentages; the undo record does not). */
  numberFormats: boolean;
}

/**
 * Values (and number formats) of every block, as many syncs as the bytes need: about one per 4 MB of
 * cells, whatever the row count (read-in-budget.ts).
 */
export const loadBlocks = async (
  sync: () => Promise<void>,
  worksheets: Excel.Worksheet[],
  blocks: SheetBlock[],
  options: BlockReadOptions
): Promise<{ piece: SheetBlock; loaded: BlockCells }[]> => {
  const budget: ReadBudget = {
    maxBytes: options.maxBytes,
    maxCells: options.maxCells,
    density: learntDensity(VALUES_BYTES_PER_CELL),
  };
  return readInBudget(
    sync,
    blocks,
    (block) => {
      const range = worksheets[block.sheetIndex]
        .getRange(rangeAddress(block.area))
        .load(options.numberFormats ? "values, numberFormat" : "values");
      return () => {
        const cells = {
          values: range.values,
          numberFormats: options.numberFormats ? range.numberFormat : null,
        };
        range.untrack();
        return cells;
      };
    },
    (cells) => jsonBytesOfRows(cells.values) + jsonBytesOfRows(cells.numberFormats),
    budget
  );
};
