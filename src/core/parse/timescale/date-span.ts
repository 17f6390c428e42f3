import type { IsoDate, TimescaleFlag } from "../../model/timescale";

/** How finely a written date pins time down; month and coarser spans have a start and an end. */
export type SpanPrecision = "day" | "month" | "season" | "quarter" | "fin-year" | "year";

/** The stretch of calendar days one written date covers: `July 2022` is 1–31 July, `30/04/23` is one day. */
export interface DateSpan {
  start: IsoDate;
  end: IsoDate;
  precision: SpanPrecision;
  /** Seasons, terms, financial years and bare years are approximate (docs/DATES.md). */
  approx: boolean;
  /** Flags raised while reading it: two-digit-year, date-ambiguous. */
  flags: TimescaleFlag[];
}

/** A written date that was recognised but cannot be used, with the flag that says why. */
export interface SpanProblem {
  flag: "date-invalid" | "date-no-year";
  /** For date-invalid: the date it probably means (d/m swapped), offered, never applied. */
  suggestion?: IsoDate;
}

/** What a span reader found: a span, a recognised-but-unusable date, or null when the text is not its form. */
export type SpanReading = { ok: true; span: DateSpan } | { ok: false; problem: SpanProblem } | null;

export const spanOf = (
  start: IsoDate | null,
  end: IsoDate | null,
  precision: SpanPrecision,
  approx: boolean,
  flags: TimescaleFlag[] = []
): SpanReading =>
  start && end
    ? { ok: true, span: { start, end, precision, approx, flags } }
    : { ok: false, problem: { flag: "date-invalid" } };

export const problem = (flag: SpanProblem["flag"], suggestion?: IsoDate): SpanReading =>
  suggestion ? { ok: false, problem: { flag, suggestion } } : { ok: false, problem: { flag } };
