/* global Excel */
import { rangeAddress } from "../core/model/address";
import { syncInHalves } from "./sync-in-halves";

/** Rows of one sheet's used range read with one range proxy. Rows and columns are 1-based. */
export interface SheetBlock {
  sheetIndex: number;
  firstRow: number;
  firstColumn: number;
  rows: number;
  columns: number;
}

export interface BlockCells {
  /** null is Excel's silent failure for a read over its cell limit (DESIGN §4.1). */
  values: unknown[][] | null;
  numberFormats: unknown[][] | null;
}

export const blockAddress = (block: SheetBlock): string =>
  rangeAddress({
    top: block.firstRow,
    left: block.firstColumn,
    bottom: block.firstRow + block.rows - 1,
    right: block.firstColumn + block.columns - 1,
  });

/**
 * Cut a used range into row blocks of at most `cellBudget` cells, well under the 5,000,000 cells at
 * which Excel returns null values instead of failing (DESIGN §4.1).
 */
export const planBlocks = (
  sheetIndex: number,
  used: { firstRow: number; firstColumn: number; rows: number; columns: number },
  cellBudget: number,
): SheetBlock[] => {
  const blockRows = Math.max(1, Math.floor(cellBudget / Math.max(1, used.columns)));
  const blocks: SheetBlock[] = [];
  for (let offset = 0; offset < used.rows; offset += blockRows) {
    blocks.push({
      sheetIndex,
      firstRow: used.firstRow + offset,
      firstColumn: used.firstColumn,
      rows: Math.min(blockRows, used.rows - offset),
      columns: used.columns,
    });
  }
  return blocks;
};

/** Halve a block's rows when Excel refuses its payload; a single row cannot be cut further. */
export const splitBlock = (block: SheetBlock): SheetBlock[] | null => {
  if (block.rows <= 1) return null;
  const top = Math.ceil(block.rows / 2);
  return [
    { ...block, rows: top },
    { ...block, firstRow: block.firstRow + top, rows: block.rows - top },
  ];
};

/** Values and number formats of every block, in one sync for any workbook that fits (see syncInHalves). */
export const loadBlocks = async (
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  blocks: SheetBlock[],
): Promise<{ piece: SheetBlock; loaded: BlockCells }[]> =>
  syncInHalves(
    context,
    blocks,
    (block) => {
      const range = worksheets[block.sheetIndex].getRange(blockAddress(block)).load("values, numberFormat");
      return () => {
        const cells = { values: range.values, numberFormats: range.numberFormat };
        range.untrack();
        return cells;
      };
    },
    splitBlock,
  );
