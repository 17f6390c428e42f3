import type { RagLevel } from "../../../core/model/rag-level";
import type { RagResult } from "../../../core/rag/rate-plan";

/** How many actions and measures would be rated differently, and how many are read at all, before → after. */
export interface RatingChanges {
  actions: number;
  measures: number;
  actionsRead: { before: number; after: number };
  measuresRead: { before: number; after: number };
}

// Rows are the one thing both mappings share: an action's key can change with its columns (a Ref
// column no longer read), but it stays on the same sheet and row.
const rowKey = (sheet: string, row: number): string => `${sheet}!${row}`;

const changedLevels = (before: Map<string, RagLevel>, after: Map<string, RagLevel>): number => {
  let changed = 0;
  for (const [key, level] of before) if (after.get(key) !== level) changed += 1;
  // Rows rated only under the edited mapping (a column now read) change from "not rated at all".
  for (const key of after.keys()) if (!before.has(key)) changed += 1;
  return changed;
};

/** Compare two ratings of the same workbook, row by row (sheet and row), action and measure alike. */
export const ratingChanges = (before: RagResult, after: RagResult): RatingChanges => {
  const actions = (result: RagResult) =>
    new Map(
      result.actions.map(({ action, rating }) => [rowKey(action.sheet, action.row), rating.level])
    );
  const measures = (result: RagResult) =>
    new Map(
      result.measures.map(({ measure, rating }) => [
        rowKey(measure.sheet, measure.row),
        rating.level,
      ])
    );
  return {
    actions: changedLevels(actions(before), actions(after)),
    measures: changedLevels(measures(before), measures(after)),
    actionsRead: { before: before.actions.length, after: after.actions.length },
    measuresRead: { before: before.measures.length, after: after.measures.length },
  };
};
