import { addressOf } from "../model/address";
import { excelRound } from "../model/excel-round";
import { COMPLETE_LEVELS, RAG_LEVELS, type RagLevel } from "../model/rag-level";
import type { MeasuredValue } from "../model/measure";
import type { IsoDate } from "../model/timescale";
import type { PlanModel } from "../parse/plan-model";
import { measurePeriodLevel } from "../rag/measure-rag";
import type { RagResult, RatedAction } from "../rag/rate-plan";
import { type Reconciliation, reconciler } from "../rag/reconcile";
import type { RagPolicy, ToleranceRule } from "../rag/rag-policy";
import { suggestedPolarityWords } from "../rag/polarity-words";
import type { Measure } from "../model/measure";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { Issue } from "../validate/issue";
import { summarise } from "../validate/issue";
import { narrativeDraft } from "./narrative";
import type {
  ActionException,
  ChartSeries,
  DueAction,
  MeasureException,
  PeriodMix,
  ReportModel,
  Share,
} from "./report-model";
import { planTitle } from "./plan-title";
import { addDays } from "../parse/excel-date";
import type { LevelSet } from "../rag/level-presets";
import { carriedFrom, type RecordedPeriod, recordedPeriods } from "./history-mix";
import { comparatorText, measureLines, polarityWords, shownValue } from "./measure-lines";
import { plainQuality } from "./plain-quality";
import { recordedMixCount } from "./recorded-mix";
import { sortedByKey } from "./sorted-by-key";

export interface ReportOptions {
  asOf: IsoDate;
  /** "Improvement Board – 28 July 2022"; default the as-of month. */
  period: string;
  /** When the report is made (the edge supplies it: the core never reads the clock). */
  generatedAt: string;
  policy: RagPolicy;
  /** Measures to chart target against actual over time, by name; default the first few off target. */
  chartMeasures?: string[];
  /** A measure's own tolerance where the council set one (its mapping); else the policy's. */
  toleranceOf?: (measure: Measure) => ToleranceRule;
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

/** Owners against dates, where any owner rated an action: a plan with no owners' ratings has nothing to set beside Plan Tracker's. */
const reconciliationOf = (reconciliation: Reconciliation): Reconciliation | null =>
  reconciliation.compared > 0 ? reconciliation : null;

/** Measures at or better than target or within tolerance, of those rated (a level, not unrated). */
const measureShare = (levels: readonly (RagLevel | null)[]): Share => {
  let rated = 0;
  let onTrack = 0;
  for (const level of levels) {
    if (level === null || level === "unrated") continue;
    rated += 1;
    if (level === "green" || level === "amber") onTrack += 1;
  }
  return share(onTrack, rated, 1);
};

// Most actions have one owner: their name as it is, not a joined copy of it for each line.
const ownersText = (owners: readonly string[]): string =>
  owners.length === 1 ? owners[0] : owners.join("; ");

/** An action in the exceptions: red, or overdue and not complete. */
const actionException = (
  { action, rating }: RatedAction,
  recorded: readonly RecordedPeriod[]
): ActionException => ({
  ref: action.ref ?? action.key,
  title: action.title,
  group: action.group,
  owner: ownersText(action.owners) || "No owner recorded",
  due: action.timescale.due,
  level: rating.level,
  reason: rating.reason,
  progress: action.progress,
  // Only red or late actions are exceptions, and neither is complete: the rating's own days.
  overdueDays: rating.overdueDays,
  sheet: action.sheet,
  cell: addressOf(action.cells.title) ?? addressOf(action.cells.ref) ?? `A${action.row}`,
  carriedFrom:
    rating.level === "red" && recorded.length > 0
      ? carriedFrom(recorded, `${action.sheet}|${action.ref ?? action.key}`)
      : null,
});

/** An action not complete that falls due before the next board. */
const dueAction = ({ action, rating }: RatedAction, asOf: IsoDate): DueAction => ({
  ref: action.ref ?? action.key,
  title: action.title,
  group: action.group,
  owner: ownersText(action.owners) || "No owner recorded",
  due: action.timescale.due ?? asOf,
  level: rating.level,
});

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
  const until =
    addDays(options.asOf, options.nextPeriodDays ?? DEFAULT_NEXT_PERIOD_DAYS) ?? options.asOf;
  // One pass over the rated actions: the overdue counts (the plan's and each group's), the exceptions,
  // the actions due before the next board, the narrative's candidates and the owners' ratings against
  // Plan Tracker's, each in plan order: every walk over 100,000 actions reaches all over memory
  // (docs/HISTORY.md#issue-6).
  let overdue = 0;
  const overdueIn = new Map<string, number>();
  // Each line is made as its action is passed, in plan order, and only then sorted: made after the
  // sort, each would reach into a different part of memory (docs/HISTORY.md#issue-6).
  const recorded = options.levels ? recordedPeriods(snapshot, options.levels) : [];
  const exceptional: ActionException[] = [];
  const dueSoon: DueAction[] = [];
  const narrative = narrativeDraft(rag.groups.map((g) => g.name));
  const owners = reconciler();
  const recordedNow = recordedMixCount(model, rag.scorePeriods.current);
  for (let i = 0; i < rag.actions.length; i += 1) {
    const rated = rag.actions[i];
    const { action, rating } = rated;
    const complete = COMPLETE_LEVELS.includes(rating.level);
    const late = rating.overdueDays !== null && !complete;
    if (late) {
      overdue += 1;
      overdueIn.set(action.group, (overdueIn.get(action.group) ?? 0) + 1);
    }
    if (rating.level === "red" || late) exceptional.push(actionException(rated, recorded));
    const due = action.timescale.due;
    if (due !== null && due > options.asOf && due <= until && !complete)
      dueSoon.push(dueAction(rated, options.asOf));
    narrative.action(rated);
    owners.action(rated);
    recordedNow.action(action);
  }
  for (let i = 0; i < rag.measures.length; i += 1) narrative.measure(rag.measures[i]);
  const leadOf = new Map(model.groups.map((g) => [g.label, g.lead]));

  // Each measure's previous level, once: the share and the most common period both read it.
  const previousLevels = rag.measures.map((m): RagLevel | null =>
    m.previous
      ? measurePeriodLevel(
          m.previous.target,
          m.previous.actual,
          m.polarity,
          options.toleranceOf?.(m.measure) ?? options.policy.tolerance,
          m.measure.placeholder
        )
      : null
  );
  const previous = measureShare(previousLevels);

  // Most overdue first; equally overdue in plan order (a stable sort). No exception is complete, so
  // each line's overdue days are its rating's.
  const actionExceptions = sortedByKey(
    exceptional,
    (e) => e.overdueDays ?? 0,
    (a, b) => b - a
  );

  const measureExceptions: MeasureException[] = rag.measures
    .filter(
      (m) => m.rating.state === "rated" && (m.rating.level === "red" || m.rating.level === "amber")
    )
    .map(({ measure, period, polarity, rating, direction, polaritySuggested }) => ({
      name: measure.name,
      group: measure.group,
      period: period?.label ?? "",
      target: show(period?.target ?? null),
      actual: show(period?.actual ?? null),
      level: rating.level,
      direction: direction.direction,
      ...(polaritySuggested !== undefined && polarity !== null
        ? { polaritySuggested: suggestedPolarityWords(polarity, polaritySuggested) }
        : {}),
      polarity: polarityWords(polarity),
      comparator: comparatorText(measure),
      sheet: measure.sheet,
      cell: addressOf(period?.actualCell) ?? addressOf(measure.cells.name) ?? `A${measure.row}`,
    }));

  const chartNames =
    options.chartMeasures ?? measureExceptions.map((m) => m.name).slice(0, DEFAULT_CHARTS);
  const chartMeasures: ChartSeries[] = chartNames.flatMap((name) => {
    const measure = model.measures.find((m) => m.name === name);
    if (!measure) return [];
    const periods = measure.periods
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
            percent: measure.periods.some((p) => p.actual?.percent || p.target?.percent),
          },
        ]
      : [];
  });

  // Soonest first; due the same day in plan order (a stable sort).
  const dueNext = sortedByKey(
    dueSoon,
    (d) => d.due,
    (a, b) => a.localeCompare(b)
  );
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
  const recordedNowMix = recordedNow.result();
  const levelsUsed = RAG_LEVELS.filter(
    (l) =>
      rag.overall.counts[l] > 0 ||
      recorded.some((p) => p.counts[l] > 0) ||
      (recordedNowMix?.counts[l] ?? 0) > 0
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
    recorded: recordedNowMix,
    rated: { total: rag.actions.length, counts: rag.overall.counts, percent: rag.overall.percent },
    reconciliation: reconciliationOf(owners.result(rag.actions.length)),
    red: rag.exceptions.redActions.length,
    overdue,
    measureHeadline: {
      current: measureShare(rag.measures.map((m) => m.rating.level)),
      currentPeriod: mostCommon(
        rag.measures.map((m) => (m.rating.state === "rated" ? m.period?.label : null))
      ),
      previous: previous.of > 0 ? previous : null,
      previousPeriod: mostCommon(
        rag.measures.map((m, i) =>
          previousLevels[i] !== null && previousLevels[i] !== "unrated" ? m.previous?.label : null
        )
      ),
    },
    groups: rag.groups.map((group) => ({
      name: group.name,
      lead: leadOf.get(group.name) ?? null,
      counts: group.counts,
      overdue: overdueIn.get(group.name) ?? 0,
      measureCounts: group.measureCounts,
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
    measureExceptions,
    narrative: narrative.draft(),
    dataQuality: { summary: summarise(issues), findings: plainQuality(issues, QUALITY_LINES) },
    chartMeasures,
    levelsUsed,
    periods,
    change,
    measures: measureLines(rag.measures),
    nextPeriod: { until, actions: dueNext },
    audience: "board",
    subset: null,
  };
};
