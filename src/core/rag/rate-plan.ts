import type { Action, RecordedRating } from "../model/action";
import type { Metric, MetricPeriod, Polarity } from "../model/metric";
import { COMPLETE_LEVELS, type RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import { excelRound } from "../model/excel-round";
import type { PlanModel } from "../parse/plan-model";
import { type ActionRating, rateAction, rememberedDateCheck } from "./action-rag";
import { type DirectionOfTravel, directionOfTravel } from "./direction-of-travel";
import { countedActions, emptyCounts, type LevelCounts, percentages } from "./level-counts";
import { type MetricRating, rateMetricPeriod } from "./metric-rag";
import { currentAndPrevious, groupMeans, overallMean, ratingPeriods } from "./period-scores";
import type { RagPolicy, ToleranceRule } from "./rag-policy";

/** Per-metric settings a council can give (polarity is required configuration where the workbook is silent). */
export interface MetricSettings {
  polarity?: Polarity;
  tolerance?: ToleranceRule;
}

export interface RagOptions {
  asOf: IsoDate;
  policy: RagPolicy;
  /** The reporting period to rate metrics on ("Apr 22"); default: each metric's latest period with a value. */
  period?: string;
  metricSettings?: (metric: Metric) => MetricSettings | undefined;
}

export interface RatedAction {
  action: Action;
  rating: ActionRating;
}

export interface RatedMetric {
  metric: Metric;
  polarity: Polarity | null;
  period: MetricPeriod | null;
  previous: MetricPeriod | null;
  rating: MetricRating;
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
  metricCounts: LevelCounts;
  /** Mean rating on a numeric scale (Thurrock), null where the plan has none. */
  score: Score | null;
}

export interface Exceptions {
  redActions: RatedAction[];
  overdueActions: RatedAction[];
  undatedActions: RatedAction[];
  unownedActions: RatedAction[];
  contradictions: RatedAction[];
  redMetrics: RatedMetric[];
  worseningMetrics: RatedMetric[];
}

export interface RagResult {
  asOf: IsoDate;
  actions: RatedAction[];
  metrics: RatedMetric[];
  groups: Rollup[];
  overall: Rollup;
  exceptions: Exceptions;
  scorePeriods: { current: string | null; previous: string | null };
}

/** The period a metric is rated on: the chosen one, else its latest period with an actual by the as-of date. */
const choosePeriods = (
  metric: Metric,
  asOf: IsoDate,
  chosen?: string
): { period: MetricPeriod | null; previous: MetricPeriod | null } => {
  const usable = metric.periods.filter((p) => p.start === null || p.start <= asOf);
  const index =
    chosen !== undefined
      ? usable.findIndex((p) => p.label === chosen)
      : usable.map((p) => p.actual !== null).lastIndexOf(true);
  if (index < 0)
    return {
      period: chosen !== undefined ? null : (usable[usable.length - 1] ?? null),
      previous: null,
    };
  const earlier = usable.slice(0, index).filter((p) => p.actual !== null);
  return { period: usable[index], previous: earlier[earlier.length - 1] ?? null };
};

export const rateMetric = (metric: Metric, options: RagOptions): RatedMetric => {
  const settings = options.metricSettings?.(metric);
  const polarity = settings?.polarity ?? metric.polarity;
  // A polarity the team gave wins over a suggestion; only an unconfirmed suggestion is marked.
  const suggested =
    settings?.polarity === undefined && metric.polaritySource === "suggested"
      ? (metric.polarityReason ?? "")
      : undefined;
  const tolerance = settings?.tolerance ?? options.policy.tolerance;
  const { period, previous } = choosePeriods(metric, options.asOf, options.period);
  const rating = rateMetricPeriod(
    period?.target ?? null,
    period?.actual ?? null,
    polarity,
    tolerance,
    metric.placeholder,
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
  const periods: RatedPeriod[] = metric.periods.flatMap((p) => {
    if (p.target === null || p.actual === null || (p.start !== null && p.start > options.asOf))
      return [];
    const level = rateMetricPeriod(
      p.target,
      p.actual,
      polarity,
      tolerance,
      metric.placeholder,
      suggested !== undefined
    ).level;
    return [
      {
        period: p.label,
        cell: p.actualCell?.address ?? null,
        target: p.target.value,
        actual: p.actual.value,
        level,
      },
    ];
  });
  return {
    metric,
    polarity,
    period,
    previous,
    rating,
    direction,
    periods,
    ...(suggested !== undefined ? { polaritySuggested: suggested } : {}),
  };
};

const rollup = (
  name: string,
  actions: RatedAction[],
  metrics: RatedMetric[],
  score: Score | null
): Rollup => {
  const counts = emptyCounts();
  for (const { rating } of actions) counts[rating.level] += 1;
  const metricCounts = emptyCounts();
  for (const { rating } of metrics) metricCounts[rating.level] += 1;
  return { name, counts, percent: percentages(counts, 0), metricCounts, score };
};

/**
 * Refresh every rating in the plan as of a date: actions by docs/RATINGS.md#action-rag, metrics by docs/RATINGS.md#measures, roll-ups and
 * exception lists by docs/RATINGS.md#roll-ups. Pure: the same model, date and policy always give the same result.
 */
export const ratePlan = (model: PlanModel, options: RagOptions): RagResult => {
  const periods = ratingPeriods(model.actions);
  const { current, previous } = currentAndPrevious(model.actions, periods);
  // On a numeric scale the manual status is the rating recorded for the current period (Thurrock); a
  // status word that is no rating ("Not started") gives way to that period's rating when there is one.
  const recordedOf = (action: Action): RecordedRating | null => {
    const inPeriod = action.ratings.find((r) => r.period === current) ?? null;
    if (
      action.status !== null &&
      (action.status.level !== "unrated" ||
        action.status.standing !== undefined ||
        inPeriod === null)
    )
      return action.status;
    return inPeriod ?? action.status;
  };

  const checkDates = rememberedDateCheck(options.asOf, options.policy);
  const rateWithRecord = (action: Action, recorded: RecordedRating | null) =>
    rateAction(action, options.asOf, options.policy, recorded?.level ?? null, checkDates, recorded);
  const actions: RatedAction[] = countedActions(model.actions).map((action) => ({
    action,
    rating: rateWithRecord(action, recordedOf(action)),
  }));
  const metrics = model.metrics.map((metric) => rateMetric(metric, options));

  const numeric = periods.length > 0;
  const currentMeans = current ? groupMeans(model.actions, current) : new Map<string, number>();
  const previousMeans = previous ? groupMeans(model.actions, previous) : new Map<string, number>();
  const round = (n: number | null | undefined): number | null =>
    n === null || n === undefined ? null : excelRound(n, 1);

  const names = [
    ...new Set([
      ...model.groups.map((g) => g.label),
      ...actions.map((a) => a.action.group),
      ...metrics.map((m) => m.metric.group),
    ]),
  ].filter(
    (name) =>
      actions.some((a) => a.action.group === name) || metrics.some((m) => m.metric.group === name)
  );
  const groups = names.map((name) =>
    rollup(
      name,
      actions.filter((a) => a.action.group === name),
      metrics.filter((m) => m.metric.group === name),
      numeric
        ? { previous: round(previousMeans.get(name)), current: round(currentMeans.get(name)) }
        : null
    )
  );
  const overall = rollup(
    "Whole plan",
    actions,
    metrics,
    numeric
      ? { previous: round(overallMean(previousMeans)), current: round(overallMean(currentMeans)) }
      : null
  );

  const exceptions: Exceptions = {
    redActions: actions.filter((a) => a.rating.level === "red"),
    overdueActions: actions.filter(
      (a) => a.rating.overdueDays !== null && !COMPLETE_LEVELS.includes(a.rating.level)
    ),
    undatedActions: actions.filter((a) => a.action.timescale.kind === "MISSING"),
    unownedActions: actions.filter((a) => a.action.owners.length === 0),
    contradictions: actions.filter((a) => a.rating.flags.includes("status-contradicts-date")),
    redMetrics: metrics.filter((m) => m.rating.level === "red"),
    worseningMetrics: metrics.filter(
      (m) =>
        (m.rating.level === "red" || m.rating.level === "amber") &&
        m.direction.direction === "worsening"
    ),
  };
  return {
    asOf: options.asOf,
    actions,
    metrics,
    groups,
    overall,
    exceptions,
    scorePeriods: { current, previous },
  };
};
