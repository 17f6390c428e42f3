/** A date as "YYYY-MM-DD". Dates are calendar days, never instants, so no time zone can shift them. */
export type IsoDate = string;

export type TimescaleKind =
  "DEADLINE" | "ONGOING_FROM" | "WINDOW" | "FIN_YEAR" | "ONGOING" | "MISSING";

/** Data-quality flags the timescale grammar raises (docs/DATES.md, docs/RULES.md rules 26–36). */
export type TimescaleFlag =
  | "timescale-missing"
  | "timescale-unparseable"
  | "timescale-open"
  | "timescale-approx"
  | "two-digit-year"
  | "date-ambiguous"
  | "date-invalid"
  | "date-no-year"
  | "date-multiple"
  | "date-serial-zero"
  | "text-normalise";

export interface Timescale {
  kind: TimescaleKind;
  start: IsoDate | null;
  due: IsoDate | null;
  /** Seasons and financial years are approximate. */
  approx: boolean;
  /** Earlier due dates in the same cell, oldest first (BCP 3.14 keeps three). */
  revisions: IsoDate[];
  flags: TimescaleFlag[];
  /** For date-invalid: the date it probably means, offered to the user, never applied. */
  suggestion?: IsoDate;
}

/** How this council writes dates (docs/DATES.md default policy; every entry is a setting). */
export interface DatePolicy {
  dayOrder: "dmy" | "mdy";
  seasons: "meteorological" | "school-terms";
  /** "By June" means the end of June (default) or, strictly, its start. */
  byMonth: "end" | "start";
  /** Month the financial year starts in, 1–12 (UK: 4). */
  financialYearStartMonth: number;
}

export const DEFAULT_DATE_POLICY: DatePolicy = {
  dayOrder: "dmy",
  seasons: "meteorological",
  byMonth: "end",
  financialYearStartMonth: 4,
};
