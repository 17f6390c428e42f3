import { isBlank } from "../../model/cell-value";
import { parseRangeAddress } from "../../model/address";
import type { DetectedTable, PlanModel } from "../../parse/plan-model";
import { cellAt } from "../../snapshot/sheet-access";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { allTables, cached } from "./tables";

/**
 * The columns that carry a heading in a table's header rows, as the sheet shows them: a heading typed
 * in the column, or a merged heading that spans it. Detection maps only the columns it understands,
 * but a column headed "Notes" or "schedule_comment" is still a column a person filled in on purpose.
 */
const headedByModel = new WeakMap<PlanModel, Map<string, Set<number>>>();

const headedColumnsOf = (snapshot: WorkbookSnapshot, table: DetectedTable): Set<number> => {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  const headed = new Set<number>(table.columns.map((c) => c.column));
  if (!sheet) return headed;
  const width =
    sheet.firstColumn + sheet.values.reduce((most, row) => Math.max(most, row.length), 0);
  for (const row of table.headerRows)
    for (let column = sheet.firstColumn; column < width; column += 1)
      if (!isBlank(cellAt(sheet, row, column))) headed.add(column);
  for (const merge of sheet.merges) {
    const area = parseRangeAddress(merge);
    if (!area || !table.headerRows.some((row) => row >= area.top && row <= area.bottom)) continue;
    const origin = cellAt(sheet, area.top, area.left);
    if (!isBlank(origin))
      for (let column = area.left; column <= area.right; column += 1) headed.add(column);
  }
  return headed;
};

/** Whether the column has a heading in the header of the table with this id. */
export const hasHeading = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  tableId: string,
  column: number
): boolean => {
  const byTable = cached(headedByModel, model, () => new Map<string, Set<number>>());
  let headed = byTable.get(tableId);
  if (!headed) {
    const table = allTables(model).find((t) => t.id === tableId);
    headed = table ? headedColumnsOf(snapshot, table) : new Set();
    byTable.set(tableId, headed);
  }
  return headed.has(column);
};
