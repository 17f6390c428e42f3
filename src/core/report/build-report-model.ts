import type { Action } from "../model/action";
import { excelRound } from "../model/excel-round";
import { COMPLETE_LEVELS, RAG_LEVELS, type RagLevel } from "../model/rag-level";
import type { MeasuredValue } from "../model/metric";
import type { IsoDate } from "../model/timescale";
import type { PlanModel } from "../parse/plan-model";
import { countedActions, emptyCounts, percentages } from "../rag/level-counts";
import { rateMetricPeriod } from "../rag/metric-rag";
import type { RagResult, RatedMetric } from "../rag/rate-plan";
import { reconcile, type Reconciliation } from "../rag/reconcile";
import type { RagPolicy, ToleranceRule } from "../rag/rag-policy";
import { suggestedPolarityWords } from "../rag/polarity-words";
import type { Metric } from "../model/metric";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { Issue } from "../validate/issue";
import { summarise } from "../validate/issue";
import { draftNarrative } from "./narrative";
import type {
  ActionException,
  ChartSeries,
  DueAction,
  LevelMix,
  MetricException,
  PeriodMix,
  ReportModel,
  Share,
} from "./report-model";
import { planTitle } from "./plan-title";
import { addDays } from "../parse/excel-date";
import type { LevelSet } from "../rag/level-presets";
import { carriedFrom, recordedPeriods } from "./history-mix";
import { comparatorText, measureLines, polarityWords, shownValue } from "./measure-lines";
import { plainQuality } from "./plain-quality";

export interface ReportOptions {
  asOf: IsoDate;
  /** "Improvement Board – 28 July 2022"; default the as-of month. */
  period: string;
  /** When the report is made (the edge supplies it: the core never reads the clock). */
  generatedAt: string;
  policy: RagPolicy;
  /** Measures to chart target against actual over time, by name; default the first few off target. */
  chartMetrics?: string[];
  /** A measure's own tolerance where the council set one (its mapping); else the policy's. */
  toleranceOf?: (metric: Metric) => ToleranceRule;
  title?: string;
  /** The plan's level words, to read the history sheet's ratings back (default: none read). */
  levels?: LevelSet;
  /** Days after the as-of date that count as the next period (default 31: boards meet monthly). */
  nextPeriodDays?: number;
}

const DEFAULT_CHARTS = 3;
const DEFAULT_NEXT_PERIOD_DAYS = 31;
// The status-mix chart shows the last few periods: the trend a board reads, not the whole history.
const MIX_PERIODS = 6;
const QUALITY_LINES = 12;

const share = (count: number, of: number, digits: number): Share => ({
  count,
  of,
  percent: of === 0 ? null : excelRound((count / of) * 100, digits),
});
const show = (value: MeasuredValue | null): string => shownValue(value);

/** Statuses as the owners recorded them, shared the way the plan's own key shares them (docs/RATINGS.md#counts). */
const recordedMix = (model: PlanModel, current: string | null): LevelMix | null => {
  const recordedLevel = (action: Action): RagLevel | null =>
    action.status?.level ?? action.ratings.find((r) => r.period === current)?.level ?? null;
  const actions = countedActions(model.actions);
  if (!actions.some((a) => recordedLevel(a) !== null)) return null;
  const counts = emptyCounts();
  for (const action of actions) counts[recordedLevel(action) ?? "unrated"] += 1;
  // A key with no "not rated" row (BCP's "Total out of 38 actions") shares out the rated actions only.
  const keyed = model.colourKey.length > 0 && !model.colourKey.some((k) => k.level === "unrated");
  const base = keyed ? { ...counts, unrated: 0 } : counts;
  const total = RAG_LEVELS.reduce((sum, level) => sum + base[level], 0);
  return { total, counts, percent: percentages(base, 0) };
};

/** Owners against dates, where any owner rated an action: a plan with no owners' ratings has nothing to set beside Plan Tracker's. */
const reconciliationOf = (rag: RagResult): Reconciliation | null => {
  const reconciliation = reconcile(rag);
  return reconciliation.compared > 0 ? reconciliation : null;
};

const metricShare = (
  rated: readonly RatedMetric[],
  pick: (m: RatedMetric) => RagLevel | null
): Share => {
  const levels = rated.map(pick).filter((l): l is RagLevel => l !== null && l !== "unrated");
  return share(levels.filter((l) => l === "green" || l === "amber").length, levels.length, 1);
};

const mostCommon = (labels: (string | null | undefined)[]): string | null => {
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};

/**
 * The board report as data (docs/HISTORY.md#issue-4-1), from the same ratings the RAG refresh computes: headline,
 * group table, exceptions, narrative, data quality, and the series to chart.
 */
export const buildReportModel = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  rag: RagResult,
  issues: readonly Issue[],
  options: ReportOptions
): ReportModel => {
  const overdueOf = (group: string | null) =>
    rag.actions.filter(
      (a) =>
        (group === null || a.action.group === group) &&
        a.rating.overdueDays !== null &&
        !COMPLETE_LEVELS.includes(a.rating.level)
    ).length;
  const leadOf = new Map(model.groups.map((g) => [g.label, g.lead]));

  const previousLevel = (m: RatedMetric): RagLevel | null =>
    m.previous
      ? rateMetricPeriod(
          m.previous.target,
          m.previous.actual,
          m.polarity,
          options.toleranceOf?.(m.metric) ?? options.policy.tolerance,
          m.metric.placeholder
        ).level
      : null;
  const previous = metricShare(rag.metrics, previousLevel);
  const recorded = options.levels ? recordedPeriods(snapshot, options.levels) : [];

  const actionExceptions: ActionException[] = rag.actions
    .filter(
      (a) =>
        a.rating.level === "red" ||
        (a.rating.overdueDays !== null && !COMPLETE_LEVELS.includes(a.rating.level))
    )
    .sort((a, b) => (b.rating.overdueDays ?? 0) - (a.rating.overdueDays ?? 0))
    .map(({ action, rating }) => ({
      ref: action.ref ?? action.key,
      title: action.title,
      group: action.group,
      owner: action.owners.join("; ") || "No owner recorded",
      due: action.timescale.due,
      level: rating.level,
      reason: rating.reason,
      progress: action.progress,
      overdueDays: COMPLETE_LEVELS.includes(rating.level) ? null : rating.overdueDays,
      sheet: action.sheet,
      cell: action.cells.title?.address ?? action.cells.ref?.address ?? `A${action.row}`,
      carriedFrom:
        rating.level === "red"
          ? carriedFrom(recorded, `${action.sheet}|${action.ref ?? action.key}`)
          : null,
    }));

  const metricExceptions: MetricException[] = rag.metrics
    .filter(
      (m) => m.rating.state === "rated" && (m.rating.level === "red" || m.rating.level === "amber")
    )
    .map(({ metric, period, polarity, rating, direction, polaritySuggested }) => ({
      name: metric.name,
      group: metric.group,
      period: period?.label ?? "",
      target: show(period?.target ?? null),
      actual: show(period?.actual ?? null),
      level: rating.level,
      direction: direction.direction,
      ...(polaritySuggested !== undefined && polarity !== null
        ? { polaritySuggested: suggestedPolarityWords(polarity, polaritySuggested) }
        : {}),
      polarity: polarityWords(polarity),
      comparator: comparatorText(metric),
      sheet: metric.sheet,
      cell: period?.actualCell?.address ?? metric.cells.name?.address ?? `A${metric.row}`,
    }));

  const chartNames =
    options.chartMetrics ?? metricExceptions.map((m) => m.name).slice(0, DEFAULT_CHARTS);
  const chartMetrics: ChartSeries[] = chartNames.flatMap((name) => {
    const metric = model.metrics.find((m) => m.name === name);
    if (!metric) return [];
    const periods = metric.periods
      .filter((p) => p.actual !== null || p.target !== null)
      .map((p) => ({
        label: p.label,
        target: p.target?.value ?? null,
        actual: p.actual?.value ?? null,
      }));
    return periods.length >= 2
      ? [
          {
            name,
            periods,
            percent: metric.periods.some((p) => p.actual?.percent || p.target?.percent),
          },
        ]
      : [];
  });

  const until =
    addDays(options.asOf, options.nextPeriodDays ?? DEFAULT_NEXT_PERIOD_DAYS) ?? options.asOf;
  const dueNext: DueAction[] = rag.actions
    .filter(
      ({ action, rating }) =>
        action.timescale.due !== null &&
        action.timescale.due > options.asOf &&
        action.timescale.due <= until &&
        !COMPLETE_LEVELS.includes(rating.level)
    )
    .sort((a, b) => (a.action.timescale.due ?? "").localeCompare(b.action.timescale.due ?? ""))
    .map(({ action, rating }) => ({
      ref: action.ref ?? action.key,
      title: action.title,
      group: action.group,
      owner: action.owners.join("; ") || "No owner recorded",
      due: action.timescale.due ?? options.asOf,
      level: rating.level,
    }));
  const periods: PeriodMix[] = [
    ...recorded.slice(-(MIX_PERIODS - 1)).map((p) => ({ period: p.period, counts: p.counts })),
    { period: "Now", counts: rag.overall.counts },
  ];
  const last = recorded[recorded.length - 1];
  const change = last
    ? {
        since: last.period,
        counts: Object.fromEntries(
          RAG_LEVELS.map((l) => [l, rag.overall.counts[l] - last.counts[l]])
        ) as ReportModel["rated"]["counts"],
      }
    : null;
  const levelsUsed = RAG_LEVELS.filter(
    (l) =>
      rag.overall.counts[l] > 0 ||
      recorded.some((p) => p.counts[l] > 0) ||
      (recordedMix(model, rag.scorePeriods.current)?.counts[l] ?? 0) > 0
  );

  return {
    title: options.title ?? planTitle(snapshot, model),
    period: options.period,
    asOf: options.asOf,
    generatedAt: options.generatedAt,
    basedOn: {
      workbook: snapshot.name,
      takenAt: snapshot.stamp.takenAt,
      fingerprint: snapshot.stamp.fingerprint,
    },
    recorded: recordedMix(model, rag.scorePeriods.current),
    rated: { total: rag.actions.length, counts: rag.overall.counts, percent: rag.overall.percent },
    reconciliation: reconciliationOf(rag),
    red: rag.exceptions.redActions.length,
    overdue: overdueOf(null),
    metrics: {
      current: metricShare(rag.metrics, (m) => m.rating.level),
      currentPeriod: mostCommon(
        rag.metrics.map((m) => (m.rating.state === "rated" ? m.period?.label : null))
      ),
      previous: previous.of > 0 ? previous : null,
      previousPeriod: mostCommon(
        rag.metrics.map((m) =>
          previousLevel(m) !== null && previousLevel(m) !== "unrated" ? m.previous?.label : null
        )
      ),
    },
    groups: rag.groups.map((group) => ({
      name: group.name,
      lead: leadOf.get(group.name) ?? null,
      counts: group.counts,
      overdue: overdueOf(group.name),
      metricCounts: group.metricCounts,
      score: group.score
        ? {
            ...group.score,
            direction:
              group.score.previous === null || group.score.current === null
                ? null
                : group.score.current > group.score.previous
                  ? "up"
                  : group.score.current < group.score.previous
                    ? "down"
                    : "no change",
          }
        : null,
    })),
    numericScale: rag.overall.score !== null,
    actionExceptions,
    metricExceptions,
    narrative: draftNarrative(
      rag.groups.map((g) => g.name),
      rag.actions,
      rag.metrics
    ),
    dataQuality: { summary: summarise(issues), findings: plainQuality(issues, QUALITY_LINES) },
    chartMetrics,
    levelsUsed,
    periods,
    change,
    measures: measureLines(rag.metrics),
    nextPeriod: { until, actions: dueNext },
    audience: "board",
    subset: null,
  };
};
