import { addressOf } from "../model/address";
import type { Action, RecordedRating } from "../model/action";
import type { Measure, MeasurePeriod, Polarity } from "../model/measure";
import { COMPLETE_LEVELS, type RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import { excelRound } from "../model/excel-round";
import type { PlanModel } from "../parse/plan-model";
import { type ActionRating, rateAction, rememberedDateCheck } from "./action-rag";
import { type DirectionOfTravel, directionOfTravel } from "./direction-of-travel";
import { emptyCounts, isCounted, type LevelCounts, percentages } from "./level-counts";
import { type MeasureRating, periodLevels, rateMeasurePeriod } from "./measure-rag";
import { groupMeans, overallMean, scorePeriods } from "./period-scores";
import type { RagPolicy, ToleranceRule } from "./rag-policy";

/** Per-measure settings a council can give (polarity is required configuration where the workbook is silent). */
export interface MeasureSettings {
  polarity?: Polarity;
  tolerance?: ToleranceRule;
}

export interface RagOptions {
  asOf: IsoDate;
  policy: RagPolicy;
  /** The reporting period to rate measures on ("Apr 22"); default: each measure's latest period with a value. */
  period?: string;
  measureSettings?: (measure: Measure) => MeasureSettings | undefined;
}

export interface RatedAction {
  action: Action;
  rating: ActionRating;
}

export interface RatedMeasure {
  measure: Measure;
  polarity: Polarity | null;
  period: MeasurePeriod | null;
  previous: MeasurePeriod | null;
  rating: MeasureRating;
  direction: DirectionOfTravel;
  /** Why Plan Tracker suggested the polarity it rated by, when no one has confirmed it yet. */
  polaritySuggested?: string;
  /** Every period with both a target and an actual by the as-of date, rated as the current one is: the trend. */
  periods: RatedPeriod[];
}

/** One period of a measure's trend: `cell` is its Actual cell. */
export interface RatedPeriod {
  period: string;
  cell: string | null;
  target: number;
  actual: number;
  level: RagLevel;
}

export interface Score {
  previous: number | null;
  current: number | null;
}

export interface Rollup {
  name: string;
  counts: LevelCounts;
  percent: LevelCounts;
  measureCounts: LevelCounts;
  /** Mean rating on a numeric scale (Thurrock), null where the plan has none. */
  score: Score | null;
}

export interface Exceptions {
  redActions: RatedAction[];
  overdueActions: RatedAction[];
  undatedActions: RatedAction[];
  unownedActions: RatedAction[];
  contradictions: RatedAction[];
  redMeasures: RatedMeasure[];
  worseningMeasures: RatedMeasure[];
}

export interface RagResult {
  asOf: IsoDate;
  actions: RatedAction[];
  measures: RatedMeasure[];
  groups: Rollup[];
  overall: Rollup;
  exceptions: Exceptions;
  scorePeriods: { current: string | null; previous: string | null };
}

/**
 * The period a measure is rated on: the chosen one, else its latest period with an actual by the as-of
 * date; and the latest period with an actual before it: found by index, without copying the list.
 */
const choosePeriods = (
  measure: Measure,
  asOf: IsoDate,
  chosen?: string
): { period: MeasurePeriod | null; previous: MeasurePeriod | null } => {
  const all = measure.periods;
  const usable = (p: MeasurePeriod) => p.start === null || p.start <= asOf;
  let index = -1;
  let lastUsable = -1;
  for (let i = 0; i < all.length; i += 1) {
    const p = all[i];
    if (!usable(p)) continue;
    lastUsable = i;
    if (chosen !== undefined ? p.label === chosen && index < 0 : p.actual !== null) index = i;
  }
  if (index < 0)
    return {
      period: chosen !== undefined || lastUsable < 0 ? null : all[lastUsable],
      previous: null,
    };
  let previous: MeasurePeriod | null = null;
  for (let i = index - 1; i >= 0 && previous === null; i -= 1)
    if (all[i].actual !== null && usable(all[i])) previous = all[i];
  return { period: all[index], previous };
};

export const rateMeasure = (measure: Measure, options: RagOptions): RatedMeasure => {
  const settings = options.measureSettings?.(measure);
  const polarity = settings?.polarity ?? measure.polarity;
  // A polarity the team gave wins over a suggestion; only an unconfirmed suggestion is marked.
  const suggested =
    settings?.polarity === undefined && measure.polaritySource === "suggested"
      ? (measure.polarityReason ?? "")
      : undefined;
  const tolerance = settings?.tolerance ?? options.policy.tolerance;
  const { period, previous } = choosePeriods(measure, options.asOf, options.period);
  const rating = rateMeasurePeriod(
    period?.target ?? null,
    period?.actual ?? null,
    polarity,
    tolerance,
    measure.placeholder,
    suggested !== undefined
  );
  const direction = directionOfTravel(
    previous?.actual ?? null,
    period?.actual ?? null,
    polarity,
    options.policy,
    {
      previous: previous?.target ?? null,
      current: period?.target ?? null,
    }
  );
  const levelOf = periodLevels(polarity, tolerance, measure.placeholder);
  const periods: RatedPeriod[] = [];
  for (const p of measure.periods) {
    if (p.target === null || p.actual === null || (p.start !== null && p.start > options.asOf))
      continue;
    periods.push({
      period: p.label,
      cell: addressOf(p.actualCell) ?? null,
      target: p.target.value,
      actual: p.actual.value,
      level: levelOf(p.target, p.actual),
    });
  }
  // Keys in the order readers have always seen them; polaritySuggested only when there is one.
  return suggested !== undefined
    ? {
        measure,
        polarity,
        period,
        previous,
        rating,
        direction,
        periods,
        polaritySuggested: suggested,
      }
    : { measure, polarity, period, previous, rating, direction, periods };
};

/** One group's counts as the one pass over the plan adds them up. */
interface Tally {
  counts: LevelCounts;
  measureCounts: LevelCounts;
}

const rollup = (name: string, tally: Tally, score: Score | null): Rollup => ({
  name,
  counts: tally.counts,
  percent: percentages(tally.counts, 0),
  measureCounts: tally.measureCounts,
  score,
});

/**
 * Refresh every rating in the plan as of a date: actions by docs/RATINGS.md#action-rag, measures by docs/RATINGS.md#measures, roll-ups and
 * exception lists by docs/RATINGS.md#roll-ups. Pure: the same model, date and policy always give the same result.
 */
export const ratePlan = (model: PlanModel, options: RagOptions): RagResult => {
  const { periods, current, previous } = scorePeriods(model.actions);
  // On a numeric scale the manual status is the rating recorded for the current period (Thurrock); a
  // status word that is no rating ("Not started") gives way to that period's rating when there is one.
  const recordedOf = (action: Action): RecordedRating | null => {
    const status = action.status;
    if (status !== null && (status.level !== "unrated" || status.standing !== undefined))
      return status;
    const ratings = action.ratings;
    for (let i = 0; i < ratings.length; i += 1)
      if (ratings[i].period === current) return ratings[i];
    return status;
  };

  // Groups keep their order: the plan's own group list first, then as actions and measures name
  // them; a group with neither is left out.
  const tallies = new Map<string, Tally | undefined>();
  for (const group of model.groups)
    if (!tallies.has(group.label)) tallies.set(group.label, undefined);
  const tallyOf = (name: string): Tally => {
    let tally = tallies.get(name);
    if (tally === undefined) {
      tally = { counts: emptyCounts(), measureCounts: emptyCounts() };
      tallies.set(name, tally);
    }
    return tally;
  };
  const whole: Tally = { counts: emptyCounts(), measureCounts: emptyCounts() };
  const exceptions: Exceptions = {
    redActions: [],
    overdueActions: [],
    undatedActions: [],
    unownedActions: [],
    contradictions: [],
    redMeasures: [],
    worseningMeasures: [],
  };

  // One pass over the actions rates each and adds it to its group's counts, the whole plan's and the
  // exception lists, in plan order; then one pass over the measures. Indexed loops: over 100,000
  // actions a for-of makes an iterator result per step until the optimiser removes it, and a rating
  // runs once (docs/HISTORY.md#issue-6).
  const checkDates = rememberedDateCheck(options.asOf, options.policy);
  const actions: RatedAction[] = [];
  const all = model.actions;
  for (let i = 0; i < all.length; i += 1) {
    const action = all[i];
    if (!isCounted(action)) continue;
    const recorded = recordedOf(action);
    const rating = rateAction(
      action,
      options.asOf,
      options.policy,
      recorded?.level ?? null,
      checkDates,
      recorded
    );
    const rated: RatedAction = { action, rating };
    actions.push(rated);
    tallyOf(action.group).counts[rating.level] += 1;
    whole.counts[rating.level] += 1;
    if (rating.level === "red") exceptions.redActions.push(rated);
    if (rating.overdueDays !== null && !COMPLETE_LEVELS.includes(rating.level))
      exceptions.overdueActions.push(rated);
    if (action.timescale.kind === "MISSING") exceptions.undatedActions.push(rated);
    if (action.owners.length === 0) exceptions.unownedActions.push(rated);
    if (rating.flags.includes("status-contradicts-date")) exceptions.contradictions.push(rated);
  }
  const measures = model.measures.map((measure) => rateMeasure(measure, options));
  for (let i = 0; i < measures.length; i += 1) {
    const rated = measures[i];
    const level = rated.rating.level;
    tallyOf(rated.measure.group).measureCounts[level] += 1;
    whole.measureCounts[level] += 1;
    if (level === "red") exceptions.redMeasures.push(rated);
    if ((level === "red" || level === "amber") && rated.direction.direction === "worsening")
      exceptions.worseningMeasures.push(rated);
  }

  const numeric = periods.length > 0;
  const currentMeans = current ? groupMeans(model.actions, current) : new Map<string, number>();
  const previousMeans = previous ? groupMeans(model.actions, previous) : new Map<string, number>();
  const round = (n: number | null | undefined): number | null =>
    n === null || n === undefined ? null : excelRound(n, 1);

  const groups: Rollup[] = [];
  for (const [name, tally] of tallies)
    if (tally !== undefined)
      groups.push(
        rollup(
          name,
          tally,
          numeric
            ? { previous: round(previousMeans.get(name)), current: round(currentMeans.get(name)) }
            : null
        )
      );
  const overall = rollup(
    "Whole plan",
    whole,
    numeric
      ? { previous: round(overallMean(previousMeans)), current: round(overallMean(currentMeans)) }
      : null
  );

  return {
    asOf: options.asOf,
    actions,
    measures,
    groups,
    overall,
    exceptions,
    scorePeriods: { current, previous },
  };
};
