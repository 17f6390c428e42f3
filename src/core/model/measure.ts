import type { CellRef, RecordedRating } from "./action";
import type { IsoDate } from "./timescale";

export type Polarity =
  "higher_is_better" | "lower_is_better" | "on_target_is_best" | "not_applicable";

/**
 * Who said which way is better: the workbook's own words, the team's mapping, or Plan Tracker's
 * suggestion from the measure's name and numbers. A suggestion is used for rating but always shown
 * as one, until the team confirms it into the mapping.
 */
export type PolaritySource = "workbook" | "mapping" | "suggested";

/** A number as the council meant it: 0.13 with a % format, "13%" and "81.6 %" are all 13 percent. */
export interface MeasuredValue {
  /** In the measure's unit; percentages are held as percent points (13 for 13%). */
  value: number;
  percent: boolean;
  cell: CellRef;
  /** A period label written inside the cell (BCP "Q1 4.2%"). */
  periodNote?: string;
}

/** One reporting period of one measure: its own target (targets change) and its actual. */
export interface MeasurePeriod {
  label: string;
  /** First day of the period when the label is a month or quarter, else null. */
  start: IsoDate | null;
  target: MeasuredValue | null;
  actual: MeasuredValue | null;
  /** The period's cells even when empty: highlighting compares each Actual with its own Target. */
  targetCell: CellRef | null;
  actualCell: CellRef | null;
  /** Cells that held text where a number belonged ("n/a", "?", "Autumn term"). */
  unreadable: CellRef[];
}

export interface Comparator {
  label: string;
  value: MeasuredValue | null;
  text: string;
  cell: CellRef;
  /** Text where a number belongs ("?"), as opposed to a null token such as "n/a" or "-". */
  unreadable: boolean;
}

export interface Measure {
  key: string;
  sheet: string;
  row: number;
  name: string;
  group: string;
  polarity: Polarity | null;
  /** The workbook's own polarity wording ("Bigger is Better"), when it has one. */
  polarityText: string;
  /** Where the polarity came from; absent while none is known (set once detection has read the mapping). */
  polaritySource?: PolaritySource;
  /** Why a suggested polarity was suggested: "name says 'turnover'", "target 50 is above baseline 40". */
  polarityReason?: string;
  basis: string;
  periods: MeasurePeriod[];
  comparators: Comparator[];
  /** "(tbc)", "(in development)": not yet measurable ("No information"). */
  placeholder: boolean;
  notes: string;
  cells: Partial<Record<string, CellRef>>;
  /** The rating the workbook itself records for the measure (a RAG column beside its figures), when it has one. */
  recorded?: RecordedRating | null;
}
