import type { RangeArea } from "../../model/address";
import type { DetectedTable } from "../../parse/plan-model";
import { crossesColumn, mergedAreasOf } from "../../snapshot/merged-areas";
import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";

/**
 * Whether a merge makes a RAG cell unsafe to write. Excel keeps a merge's one value in its top-left
 * cell, and writing any cell of the merge lands there: with Deadline and RAG merged (D8:E9) the
 * rating would replace the deadline, which nothing else keeps (docs/HISTORY.md#issue-12-3). So a merge
 * that starts outside the RAG column, or reaches another of the table's columns, is left alone; one
 * running down the RAG column only holds a rating and nothing else.
 */
const holdsAnotherField = (area: RangeArea, table: DetectedTable, statusColumn: number): boolean =>
  area.left !== statusColumn ||
  table.columns.some(
    (c) =>
      c.field !== null &&
      c.column !== statusColumn &&
      c.column >= area.left &&
      c.column <= area.right
  );

/** The worksheet rows of the table's RAG column whose cell is merged with another field's, so is never written. */
export const mergedStatusRows = (
  sheet: SheetSnapshot,
  table: DetectedTable,
  statusColumn: number
): Set<number> => {
  const rows = new Set<number>();
  for (const area of mergedAreasOf(sheet)) {
    if (
      !crossesColumn(area, statusColumn, table.firstDataRow, table.lastDataRow) ||
      !holdsAnotherField(area, table, statusColumn)
    )
      continue;
    for (
      let row = Math.max(area.top, table.firstDataRow);
      row <= Math.min(area.bottom, table.lastDataRow);
      row++
    )
      rows.add(row);
  }
  return rows;
};
