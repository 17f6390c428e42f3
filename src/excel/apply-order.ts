import type { WriteOp } from "../core/write-plan/write-plan";

/**
 * The order Excel wants changes in (docs/EXCEL.md#reading-and-writing): sheets first, then number formats before values
 * (so Excel does not re-guess dates and leading zeros, office-js#12), then fills and cell formats
 * after values, then the optional conditional-format and dropdown layers, then the sheet's layout
 * (widths, frozen panes, print setup), and charts last, once the cells they draw from are written.
 * Stable within each kind.
 */
const PHASE: Record<WriteOp["kind"], number> = {
  ensureSheet: 0,
  clearSheet: 1,
  numberFormats: 2,
  values: 3,
  // Undo last run puts a cell's value, formats, fill and font back in one operation.
  restoreCells: 3,
  fills: 4,
  cellFormats: 5,
  removeConditionalFormat: 6,
  // Before this run's rules, in plan order: the last refresh's come off first.
  clearHighlighting: 6,
  conditionalFormat: 6,
  restoreValidation: 7,
  listValidation: 7,
  columnWidths: 8,
  freezePanes: 9,
  pageSetup: 10,
  chart: 11,
};

export const orderForExcel = (ops: readonly WriteOp[]): WriteOp[] =>
  ops
    .map((op, index) => ({ op, index }))
    .sort((a, b) => PHASE[a.op.kind] - PHASE[b.op.kind] || a.index - b.index)
    .map(({ op }) => op);
