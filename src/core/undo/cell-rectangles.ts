import type { RangeArea } from "../model/address";

/** Cells of one sheet, as column → rows. */
export type CellsByColumn = ReadonlyMap<number, Iterable<number>>;

/**
 * Cover exactly the given cells with few rectangles: runs of consecutive rows in each column, then
 * side-by-side runs over the same rows joined. A plan's RAG column becomes one rectangle per table,
 * so reading or restoring it costs one range, not one per cell (docs/EXCEL.md#reading-and-writing).
 */
export const cellRectangles = (columns: CellsByColumn): RangeArea[] => {
  const runs: RangeArea[] = [];
  for (const column of [...columns.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(columns.get(column) ?? [])].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i += 1) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const top = rows[start];
      const bottom = rows[i - 1];
      const beside = runs.find(
        (run) => run.right === column - 1 && run.top === top && run.bottom === bottom
      );
      if (beside) beside.right = column;
      else runs.push({ top, bottom, left: column, right: column });
      start = i;
    }
  }
  return runs.sort((a, b) => a.left - b.left || a.top - b.top);
};
