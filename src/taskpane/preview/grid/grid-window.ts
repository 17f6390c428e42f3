/**
 * Which rows and columns of a sheet to render. Sheets can run to tens of thousands of rows (and a
 * stray format can stretch the used range to column XFD), so the grid draws only what is in view
 * plus a margin, with spacers standing in for the rest. Fixed cell sizes make this arithmetic.
 */
export interface GridSizes {
  rowHeight: number;
  columnWidth: number;
  /** Rows and columns drawn beyond the viewport on each side, so scrolling does not flash. */
  overscan: number;
}

export const GRID_SIZES: GridSizes = { rowHeight: 24, columnWidth: 104, overscan: 6 };

export interface Viewport {
  scrollTop: number;
  scrollLeft: number;
  height: number;
  width: number;
}

export interface GridWindow {
  /** 1-based worksheet rows and columns, inclusive. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Pixels of undrawn rows above and below, columns left and right. */
  topSpace: number;
  bottomSpace: number;
  leftSpace: number;
  rightSpace: number;
}

const clamp = (value: number, low: number, high: number): number =>
  Math.min(Math.max(value, low), high);

const span = (offset: number, size: number, cell: number, count: number, overscan: number) => {
  if (count <= 0) return { first: 1, last: 0 };
  const first = clamp(Math.floor(offset / cell) + 1 - overscan, 1, count);
  const last = clamp(Math.ceil((offset + size) / cell) + overscan, first, count);
  return { first, last };
};

export const gridWindow = (
  rows: number,
  columns: number,
  viewport: Viewport,
  sizes: GridSizes = GRID_SIZES
): GridWindow => {
  const r = span(viewport.scrollTop, viewport.height, sizes.rowHeight, rows, sizes.overscan);
  const c = span(viewport.scrollLeft, viewport.width, sizes.columnWidth, columns, sizes.overscan);
  return {
    firstRow: r.first,
    lastRow: r.last,
    firstColumn: c.first,
    lastColumn: c.last,
    topSpace: (r.first - 1) * sizes.rowHeight,
    bottomSpace: Math.max(0, rows - r.last) * sizes.rowHeight,
    leftSpace: (c.first - 1) * sizes.columnWidth,
    rightSpace: Math.max(0, columns - c.last) * sizes.columnWidth,
  };
};

/** Where to scroll so that a cell sits in the middle of the viewport (never before the start). */
export const scrollToCell = (
  row: number,
  column: number,
  viewport: Viewport,
  sizes: GridSizes = GRID_SIZES
) => ({
  scrollTop: Math.max(0, (row - 1) * sizes.rowHeight - (viewport.height - sizes.rowHeight) / 2),
  scrollLeft: Math.max(
    0,
    (column - 1) * sizes.columnWidth - (viewport.width - sizes.columnWidth) / 2
  ),
});
