import { cellAddress } from "../../model/address";
import { type CellValue, cellText } from "../../model/cell-value";
import { err, ok, type Result } from "../../result";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import type { WritePlan } from "../../write-plan/write-plan";
import { type LevelSet, levelText } from "../level-presets";
import type { RagResult } from "../rate-plan";
import { ownedSheetsOf } from "../../owned/owned-sheets-of";

const KEY_COLUMNS = ["Key", "Sheet", "Action", "Group"];

/**
 * Record this period's ratings as a new column of the history sheet (docs/HISTORY.md#issue-3-4). An earlier period
 * is never overwritten: a period already recorded is refused, and every new cell must still be empty
 * when written. A history sheet rather than a column inserted into the council's own table, because
 * inserting columns into a shared plan moves every co-author's cells and cannot be undone.
 */
export const periodSnapshotPlan = (
  snapshot: WorkbookSnapshot,
  result: RagResult,
  levels: LevelSet,
  period: string
): Result<WritePlan, string> => {
  // The history sheet by its mark (or an older Plan Tracker's by its content), never a council sheet by its name.
  const history = ownedSheetsOf(snapshot.sheets).of("history");
  const historySheet = history.name;
  const existing = history.found ? snapshot.sheets.find((s) => s.name === historySheet) : undefined;
  const header: string[] = existing ? (existing.values[0] ?? []).map((v) => cellText(v)) : [];
  if (header.some((h) => h.trim().toLowerCase() === period.trim().toLowerCase()))
    return err(
      `The period "${period}" is already recorded in '${historySheet}'; earlier periods are never overwritten. Choose a new period label.`
    );
  const rowOfKey = new Map<string, number>();
  existing?.values.forEach((row, index) => {
    if (index > 0 && cellText(row[0]) !== "")
      rowOfKey.set(`${cellText(row[1])}|${cellText(row[0])}`, index + existing.firstRow);
  });
  const column = Math.max(header.length, KEY_COLUMNS.length) + 1;
  let nextRow = existing ? existing.firstRow + existing.values.length : 2;
  const ops: WritePlan["ops"] = [{ kind: "ensureSheet", sheet: historySheet, mark: "history" }];
  if (!existing || header.length === 0)
    ops.push({ kind: "values", sheet: historySheet, topLeft: "A1", values: [KEY_COLUMNS] });
  // One block for the new rows and one for the new column, however many actions (docs/EXCEL.md#limits).
  const newRows: CellValue[][] = [];
  const ratingByRow = new Map<number, string>();
  for (const { action, rating } of result.actions) {
    const key = action.ref ?? action.key;
    let row = rowOfKey.get(`${action.sheet}|${key}`);
    if (row === undefined) {
      row = nextRow;
      nextRow += 1;
      rowOfKey.set(`${action.sheet}|${key}`, row);
      newRows.push([key, action.sheet, action.title, action.group]);
    }
    ratingByRow.set(row, levelText(levels, rating.level));
  }
  if (newRows.length > 0) {
    const first = nextRow - newRows.length;
    ops.push({
      kind: "values",
      sheet: historySheet,
      topLeft: cellAddress(first, 1),
      values: newRows,
      expected: newRows.map((r) => r.map(() => null)),
    });
  }
  const lastRow = Math.max(1, nextRow - 1);
  const columnValues: CellValue[][] = [[period]];
  for (let row = 2; row <= lastRow; row += 1) columnValues.push([ratingByRow.get(row) ?? null]);
  ops.push({
    kind: "values",
    sheet: historySheet,
    topLeft: cellAddress(1, column),
    values: columnValues,
    expected: columnValues.map(() => [null]),
  });
  return ok({ basedOn: snapshot.stamp, ops });
};
