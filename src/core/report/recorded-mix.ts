import type { Action } from "../model/action";
import { RAG_LEVELS, type RagLevel } from "../model/rag-level";
import type { PlanModel } from "../parse/plan-model";
import { emptyCounts, isCounted, percentages } from "../rag/level-counts";
import type { LevelMix } from "./report-model";

/** The level an owner recorded: the status, else the rating recorded for the current period. */
const recordedLevel = (action: Action, current: string | null): RagLevel | null => {
  const stated = action.status?.level ?? null;
  if (stated !== null) return stated;
  const ratings = action.ratings;
  for (let i = 0; i < ratings.length; i += 1)
    if (ratings[i].period === current) return ratings[i].level ?? null;
  return null;
};

/** Counts the model's counted actions, one at a time and in plan order, into the recorded mix. */
export interface RecordedMixCount {
  /**
   * Counts the action when it is the model's next counted action (else the count is abandoned, and
   * result() works the mix out afresh): the report's pass over the rated actions feeds them here, since ratePlan rates exactly the counted
   * actions in plan order, and one walk over 100,000 actions reaches all over memory less than two
   * (docs/HISTORY.md#issue-6).
   */
  action(action: Action): void;
  /** The mix, when every counted action was met in order; else worked out from the model afresh. */
  result(): LevelMix | null;
}

/** Statuses as the owners recorded them, shared the way the plan's own key shares them (docs/RATINGS.md#counts). */
export const recordedMixCount = (model: PlanModel, current: string | null): RecordedMixCount => {
  const all = model.actions;
  const counts = emptyCounts();
  let anyRecorded = false;
  let next = 0;
  let inStep = true;
  const nextCounted = () => {
    while (next < all.length && !isCounted(all[next])) next += 1;
  };
  return {
    action(action) {
      if (!inStep) return;
      nextCounted();
      if (all[next] !== action) {
        inStep = false;
        return;
      }
      next += 1;
      const level = recordedLevel(action, current);
      if (level !== null) anyRecorded = true;
      counts[level ?? "unrated"] += 1;
    },
    result() {
      if (inStep) nextCounted();
      if (!inStep || next < all.length) return recordedMix(model, current);
      if (!anyRecorded) return null;
      // A key with no "not rated" row (BCP's "Total out of 38 actions") shares out the rated actions only.
      const keyed =
        model.colourKey.length > 0 && !model.colourKey.some((k) => k.level === "unrated");
      const base = keyed ? { ...counts, unrated: 0 } : counts;
      const total = RAG_LEVELS.reduce((sum, level) => sum + base[level], 0);
      return { total, counts, percent: percentages(base, 0) };
    },
  };
};

/** The recorded mix of a model on its own: every counted action, in plan order. */
export const recordedMix = (model: PlanModel, current: string | null): LevelMix | null => {
  const mix = recordedMixCount(model, current);
  const all = model.actions;
  for (let i = 0; i < all.length; i += 1) if (isCounted(all[i])) mix.action(all[i]);
  return mix.result();
};
