import type { DetectedTable } from "../../parse/plan-model";
import type { ActionRating } from "../action-rag";
import type { RagResult } from "../rate-plan";

/** The ratings of one table's actions, by worksheet row: what a column beside or in the table shows. */
export const ratingsByRow = (
  table: DetectedTable,
  result: RagResult
): Map<number, ActionRating> => {
  const rows = new Map<number, ActionRating>();
  for (const { action, rating } of result.actions)
    if (
      action.sheet === table.sheet &&
      action.row >= table.firstDataRow &&
      action.row <= table.lastDataRow
    )
      rows.set(action.row, rating);
  return rows;
};
