import type { RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import type { LevelCounts } from "../rag/level-counts";
import type { Reconciliation } from "../rag/reconcile";
import type { IssueSummary } from "../validate/issue";

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

export interface MetricHeadline {
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
  metricCounts: LevelCounts;
  score: { previous: number | null; current: number | null; direction: "up" | "down" | "no change" | null } | null;
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
  sheet: string;
  cell: string;
}

export interface MetricException {
  name: string;
  group: string;
  period: string;
  target: string;
  actual: string;
  level: RagLevel;
  direction: string;
  /** "lower is better, suggested (name says 'turnover')" when the rating rests on an unconfirmed suggestion. */
  polaritySuggested?: string;
  comparator: string;
  sheet: string;
  cell: string;
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
  metrics: MetricHeadline;
  groups: GroupLine[];
  numericScale: boolean;
  actionExceptions: ActionException[];
  metricExceptions: MetricException[];
  narrative: GroupNarrative[];
  dataQuality: { summary: IssueSummary; topCodes: { code: string; severity: string; count: number }[] };
  chartMetrics: ChartSeries[];
}
