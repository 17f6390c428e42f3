import type { RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import type { LevelCounts } from "../rag/level-counts";
import type { Reconciliation } from "../rag/reconcile";
import type { IssueSummary } from "../validate/issue";
import type { QualityLine } from "./plain-quality";

/** A share printed as the councils print it: whole numbers for actions, one decimal for measures. */
export interface Share {
  count: number;
  of: number;
  percent: number | null;
}

export interface LevelMix {
  total: number;
  counts: LevelCounts;
  percent: LevelCounts;
}

export interface MeasureHeadline {
  /** At or better than target, or within tolerance (green + amber), of those that could be rated. */
  current: Share;
  currentPeriod: string | null;
  previous: Share | null;
  previousPeriod: string | null;
}

export interface GroupLine {
  name: string;
  lead: string | null;
  counts: LevelCounts;
  overdue: number;
  measureCounts: LevelCounts;
  score: {
    previous: number | null;
    current: number | null;
    direction: "up" | "down" | "no change" | null;
  } | null;
}

export interface ActionException {
  ref: string;
  title: string;
  group: string;
  owner: string;
  due: IsoDate | null;
  level: RagLevel;
  reason: string;
  progress: string;
  /** Days past the due date, where it is overdue and not complete. */
  overdueDays: number | null;
  sheet: string;
  cell: string;
  /** The first recorded period of the unbroken run of red ratings it belongs to, when it was red before now. */
  carriedFrom: string | null;
}

export interface MeasureException {
  name: string;
  group: string;
  period: string;
  target: string;
  actual: string;
  level: RagLevel;
  direction: string;
  /** "lower is better, suggested (name says 'turnover')" when the rating rests on an unconfirmed suggestion. */
  polaritySuggested?: string;
  /** Which way is better, in words ("Higher is better"). */
  polarity: string;
  comparator: string;
  sheet: string;
  cell: string;
}

/** One measure in the evidence: its latest figures, rating, direction and the trend that led there. */
export interface MeasureLine {
  name: string;
  group: string;
  period: string;
  target: string;
  actual: string;
  level: RagLevel;
  reason: string;
  direction: string;
  polarity: string;
  comparator: string;
  /** "Mar 22 40 → Jun 22 44": the latest few values as text, read without the chart. */
  trend: string;
}

/** An action due before the next board. */
export interface DueAction {
  ref: string;
  title: string;
  group: string;
  owner: string;
  due: IsoDate;
  level: RagLevel;
}

/** How many actions were at each level in one period: a recorded one from the history sheet, or now. */
export interface PeriodMix {
  period: string;
  counts: LevelCounts;
}

export interface NarrativeBullet {
  text: string;
  owner: string;
  date: IsoDate | null;
}

export interface GroupNarrative {
  group: string;
  workingWell: NarrativeBullet[];
  priorityAreas: NarrativeBullet[];
}

export interface ChartSeries {
  name: string;
  periods: { label: string; target: number | null; actual: number | null }[];
  percent: boolean;
}

/** Everything the board report says, as data: the same numbers every surface shows. */
export interface ReportModel {
  title: string;
  period: string;
  asOf: IsoDate;
  generatedAt: string;
  basedOn: { workbook: string; takenAt: string; fingerprint: string };
  /** Statuses as owners recorded them (where the plan records them), shared as the plan's key does. */
  recorded: LevelMix | null;
  /** Plan Tracker's ratings as of the date. */
  rated: LevelMix;
  /** Owners' ratings against Plan Tracker's, where owners rated anything (docs/HISTORY.md#issue-11-2). */
  reconciliation: Reconciliation | null;
  red: number;
  overdue: number;
  measureHeadline: MeasureHeadline;
  groups: GroupLine[];
  numericScale: boolean;
  actionExceptions: ActionException[];
  measureExceptions: MeasureException[];
  narrative: GroupNarrative[];
  dataQuality: { summary: IssueSummary; findings: QualityLine[] };
  chartMeasures: ChartSeries[];
  /** The levels the plan uses (any action at them now or in a recorded period); the report shows no others. */
  levelsUsed: RagLevel[];
  /** The status mix over the last recorded periods, then now (the last entry). */
  periods: PeriodMix[];
  /** Each level's change since the last recorded period, where the history sheet holds one. */
  change: { since: string; counts: LevelCounts } | null;
  /** Every measure, for the evidence. */
  measures: MeasureLine[];
  /** Actions not yet complete that fall due after the as-of date and up to `until`. */
  nextPeriod: { until: IsoDate; actions: DueAction[] };
  /** Which version this is: the full report, or the committee's (officers named by role or team). */
  audience: "board" | "committee";
  /** The part of the plan reported on, when only part is ("Group: Priority 2"). */
  subset: string | null;
}
