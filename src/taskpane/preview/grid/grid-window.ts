/**
 * Which rows and columns of a sheet to render. Sheets can run to tens of thousands of rows (and a
 * stray format can stretch the used range to column XFD), so the grid draws only what is in view
 * plus a margin, with spacers standing in for the rest. Fixed cell sizes make this arithmetic.
 */
export interface GridMetrics {
  rowHeight: number;
  columnWidth: number;
  /** Rows and columns drawn beyond the viewport on each side, so scrolling does not flash. */
  overscan: number;
}

export const GRID_METRICS: GridMetrics = { rowHeight: 24, columnWidth: 104, overscan: 6 };

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
  metrics: GridMetrics = GRID_METRICS
): GridWindow => {
  const r = span(viewport.scrollTop, viewport.height, metrics.rowHeight, rows, metrics.overscan);
  const c = span(
    viewport.scrollLeft,
    viewport.width,
    metrics.columnWidth,
    columns,
    metrics.overscan
  );
  return {
    firstRow: r.first,
    lastRow: r.last,
    firstColumn: c.first,
    lastColumn: c.last,
    topSpace: (r.first - 1) * metrics.rowHeight,
    bottomSpace: Math.max(0, rows - r.last) * metrics.rowHeight,
    leftSpace: (c.first - 1) * metrics.columnWidth,
    rightSpace: Math.max(0, columns - c.last) * metrics.columnWidth,
  };
};

/** Where to scroll so that a cell sits in the middle of the viewport (never before the start). */
export const scrollToCell = (
  row: number,
  column: number,
  viewport: Viewport,
  metrics: GridMetrics = GRID_METRICS
) => ({
  scrollTop: Math.max(0, (row - 1) * metrics.rowHeight - (viewport.height - metrics.rowHeight) / 2),
  scrollLeft: Math.max(
    0,
    (column - 1) * metrics.columnWidth - (viewport.width - metrics.columnWidth) / 2
  ),
});
