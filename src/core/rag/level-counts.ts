import type { Action } from "../model/action";
import { RAG_LEVELS, type RagLevel } from "../model/rag-level";
import { excelRound } from "../model/excel-round";

export type LevelCounts = Record<RagLevel, number>;

export const emptyCounts = (): LevelCounts => ({
  red: 0,
  amber: 0,
  green: 0,
  blue: 0,
  done: 0,
  unrated: 0,
});

/** Whether an action counts in a roll-up: live and completed rows, never tombstones (docs/RATINGS.md#counts). */
export const isCounted = (action: Action): boolean => !action.placeholder;

/** Actions counted for a roll-up (isCounted). */
export const countedActions = (actions: readonly Action[]): Action[] => actions.filter(isCounted);

/**
 * Percent per level as councils print it: ROUND(count / N × 100, digits), half away from zero; the
 * column is not forced to sum to 100 (docs/RATINGS.md#counts).
 */
export const percentages = (counts: LevelCounts, digits = 0): LevelCounts => {
  const total = RAG_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const result = emptyCounts();
  if (total === 0) return result;
  for (const level of RAG_LEVELS) result[level] = excelRound((counts[level] / total) * 100, digits);
  return result;
};
