import type { DatePolicy, Timescale } from "../../model/timescale";
import { compareIso, firstDayOfMonth, parseIsoDate } from "./calendar";
import { spanOf, type SpanReading } from "./date-span";
import { monthNumber } from "./months";
import { readSpan } from "./read-span";
import { seasonOf, seasonSpan } from "./seasons";
import { problemTimescale } from "./span-timescale";
import { missing, timescaleOf } from "./timescale-result";

// `Jan 2022 to March 2023` (000 L455), `May to Sept 2022` (000 L723), `June-Sept 2022`, `between … and …`.
const WINDOW =
  /^(?:from )?(.+?)(?: to | until | till | through | thru | - |(?<=[a-z])-(?=[a-z]))(.+)$/;
const BETWEEN = /^between (.+?) and (.+)$/;

/**
 * The first half of a window may leave out its year, which it borrows from the second: `May to Sept
 * 2022` starts in May 2022, and `Nov to Feb 2023` starts in November 2022 (docs/DATES.md: previous year if
 * the first month is later than the second).
 */
const readLeftHalf = (text: string, right: { start: string }, policy: DatePolicy): SpanReading => {
  const full = readSpan(text, policy);
  if (full) return full;
  const end = parseIsoDate(right.start);
  if (!end) return null;
  const month = monthNumber(text);
  if (month !== null) {
    const year = month > end.month ? end.year - 1 : end.year;
    return spanOf(firstDayOfMonth(year, month), firstDayOfMonth(year, month), "month", false);
  }
  const season = seasonOf(text.replace(/ term$/, ""));
  if (season) {
    const dates = seasonSpan(season, end.year, policy, text.endsWith(" term"));
    if (dates && compareIso(dates.start, right.start) > 0) {
      const earlier = seasonSpan(season, end.year - 1, policy, text.endsWith(" term"));
      return spanOf(earlier?.start ?? null, earlier?.end ?? null, "season", true);
    }
    return spanOf(dates?.start ?? null, dates?.end ?? null, "season", true);
  }
  return null;
};

/** WINDOW: from the first day of the first date to the last day of the second. A window that ends before it starts is date-invalid. */
export const matchWindow = (text: string, policy: DatePolicy): Timescale | null => {
  const parts = BETWEEN.exec(text) ?? WINDOW.exec(text);
  if (!parts) return null;
  const right = readSpan(parts[2], policy);
  if (!right) return null;
  if (!right.ok) return problemTimescale(right.problem);
  const left = readLeftHalf(parts[1], right.span, policy);
  if (!left) return null;
  if (!left.ok) return problemTimescale(left.problem);
  if (compareIso(left.span.start, right.span.end) > 0) return missing(["date-invalid"]);
  return timescaleOf("WINDOW", {
    start: left.span.start,
    due: right.span.end,
    approx: left.span.approx || right.span.approx,
    flags: [...left.span.flags, ...right.span.flags],
  });
};
