import type { Action } from "../model/action";

/**
 * Numeric-scale roll-ups as Thurrock's board figures are built (docs/RATINGS.md#thurrock-averages): the mean of valid
 * ratings (1–5; 0, blank and text excluded) per group and period, and the overall figure as the
 * unweighted mean of the group means. Rounding is left to the caller (Excel ROUND, 1 dp).
 */

const latestRated = (
  allPeriods: readonly string[],
  rated: ReadonlySet<string>
): { current: string | null; previous: string | null } => {
  for (let i = allPeriods.length - 1; i >= 0; i -= 1)
    if (rated.has(allPeriods[i]))
      return { current: allPeriods[i], previous: i > 0 ? allPeriods[i - 1] : null };
  return { current: null, previous: null };
};

/**
 * The rating periods in the order their columns appear ("RAG initial", "RAG 01/18", …); current = the
 * latest of them holding at least one valid rating anywhere, previous = the one before it (seed 004:
 * RAG 01/18 and RAG initial, since RAG 03/18 and 05/18 hold none). One pass over the actions: each
 * pass over 100,000 actions reaches all over memory (docs/HISTORY.md#issue-6). Indexed loops, as a
 * for-of makes an iterator per action's ratings until the optimiser removes it.
 */
export const scorePeriods = (
  actions: readonly Action[]
): { periods: string[]; current: string | null; previous: string | null } => {
  const seen = new Set<string>();
  const periods: string[] = [];
  const rated = new Set<string>();
  for (let i = 0; i < actions.length; i += 1) {
    const ratings = actions[i].ratings;
    for (let j = 0; j < ratings.length; j += 1) {
      const { period, score } = ratings[j];
      if (!seen.has(period)) {
        seen.add(period);
        periods.push(period);
      }
      if (score !== null) rated.add(period);
    }
  }
  const { current, previous } = latestRated(periods, rated);
  return { periods, current, previous };
};

/** Unrounded mean score per group for one period; groups with no valid rating are left out. */
export const groupMeans = (actions: readonly Action[], period: string): Map<string, number> => {
  const sums = new Map<string, { total: number; count: number }>();
  for (const action of actions) {
    if (action.placeholder) continue;
    const rating = action.ratings.find(
      (r) => r.period === period && r.score !== null && r.score >= 1 && r.score <= 5
    );
    if (!rating || rating.score === null) continue;
    const entry = sums.get(action.group) ?? { total: 0, count: 0 };
    entry.total += rating.score;
    entry.count += 1;
    sums.set(action.group, entry);
  }
  return new Map([...sums].map(([group, { total, count }]) => [group, total / count]));
};

/** The overall figure: each group counts once, whatever its number of rows. */
export const overallMean = (means: ReadonlyMap<string, number>): number | null => {
  if (means.size === 0) return null;
  let total = 0;
  for (const mean of means.values()) total += mean;
  return total / means.size;
};
