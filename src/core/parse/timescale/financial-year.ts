import type { DatePolicy } from "../../model/timescale";
import { addMonths, firstDayOfMonth, lastDayOfMonth } from "./calendar";
import { spanOf, type SpanReading } from "./date-span";
import { isPlausibleYear } from "./year";

/** A `YYYY/YY`-style pair where the second year follows the first: 2022/23, 22-23, 2024/2025. */
const yearPair = (first: string, second: string): number | null => {
  const start = first.length === 2 ? 2000 + Number(first) : Number(first);
  const end = Number(second);
  const follows = second.length === 4 ? end === start + 1 : end === (start + 1) % 100;
  return follows && isPlausibleYear(start) ? start : null;
};

/** Months [from, from + count) starting in the financial year that begins in `fyStartYear`. */
const fyMonths = (fyStartYear: number, policy: DatePolicy, offset: number, count: number) => {
  const first = addMonths(fyStartYear, policy.financialYearStartMonth, offset);
  const last = addMonths(first.year, first.month, count - 1);
  return {
    start: firstDayOfMonth(first.year, first.month),
    end: lastDayOfMonth(last.year, last.month),
  };
};

const FIN_YEAR =
  /^(?:fy ?|financial year |fin(?:ancial)? yr )?(\d{4}|\d{2})[/-](\d{4}|\d{2})(?: fy| financial year)?$/;

/**
 * `2024/2025` (000 L685), `2022/23`, `2022-23`, `FY 22/23`: the whole financial year (1 April to 31
 * March by default; `policy.financialYearStartMonth`). Bare `22/23` needs the FY prefix, because
 * without it the pair reads as a day and month.
 */
export const readFinancialYear = (text: string, policy: DatePolicy): SpanReading => {
  const match = FIN_YEAR.exec(text);
  if (!match) return null;
  const prefixed = /^f/.test(text) || / f/.test(text);
  if (match[1].length === 2 && !prefixed) return null;
  const start = yearPair(match[1], match[2]);
  if (start === null) return null;
  const { start: from, end } = fyMonths(start, policy, 0, 12);
  return spanOf(from, end, "fin-year", true);
};

const FY_QUARTER = /^(?:q|quarter )([1-4]),? (?:fy ?)?(\d{4}|\d{2})[/-](\d{4}|\d{2})$/;
const CALENDAR_QUARTER = /^(?:q|quarter )([1-4]),? (\d{4})$/;

/**
 * Quarters of the financial year: `Q1 22/23` (Apr–Jun 2022), `Q4 21-22` (Jan–Mar 2022), `Quarter 1
 * 2022/23`. `Q1 2023` names no financial year, so it is read as the calendar quarter and, unless the
 * financial year is the calendar year, flagged date-ambiguous.
 */
export const readQuarter = (text: string, policy: DatePolicy): SpanReading => {
  const fy = FY_QUARTER.exec(text);
  if (fy) {
    const start = yearPair(fy[2], fy[3]);
    if (start === null) return null;
    const { start: from, end } = fyMonths(start, policy, 3 * (Number(fy[1]) - 1), 3);
    return spanOf(from, end, "quarter", false);
  }
  const calendar = CALENDAR_QUARTER.exec(text);
  if (!calendar) return null;
  const year = Number(calendar[2]);
  if (!isPlausibleYear(year)) return null;
  const firstMonth = 3 * (Number(calendar[1]) - 1) + 1;
  return spanOf(
    firstDayOfMonth(year, firstMonth),
    lastDayOfMonth(year, firstMonth + 2),
    "quarter",
    false,
    policy.financialYearStartMonth === 1 ? [] : ["date-ambiguous"]
  );
};

/** A bare year (`2023`), only accepted after a word such as `by` or `during`: approximate, all of that year. */
export const readYearOnly = (text: string): SpanReading => {
  const match = /^(\d{4})$/.exec(text);
  if (!match || !isPlausibleYear(Number(match[1]))) return null;
  const year = Number(match[1]);
  return spanOf(firstDayOfMonth(year, 1), lastDayOfMonth(year, 12), "year", true);
};
