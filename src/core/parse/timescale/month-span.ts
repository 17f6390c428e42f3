import type { TimescaleFlag } from "../../model/timescale";
import { firstDayOfMonth, lastDayOfMonth, toIsoDate } from "./calendar";
import { problem, spanOf, type SpanReading } from "./date-span";
import { MONTH_PATTERN, monthNumber } from "./months";
import { isPlausibleYear, readYear, YEAR_PATTERN } from "./year";

const twoDigit = (twoDigitYear: boolean): TimescaleFlag[] =>
  twoDigitYear ? ["two-digit-year"] : [];

const MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN})( ?-? ?)(${YEAR_PATTERN})$`);
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_PATTERN}),? (${YEAR_PATTERN})$`
);
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`);

/**
 * `July 2022`, `Sept 22`, `Mar22`, and `Apr-18` (a `mmm-yy` date read back as text, 004): the whole
 * month. A two-digit year after a month name is a year (`Sept 22` is September 2022, as in the plan's
 * own `Mar 22`/`Jan 23` headers) and raises two-digit-year; the hyphenated `Apr-18` is Excel's own
 * display of a date, so it does not.
 */
export const readMonthYear = (text: string): SpanReading => {
  const match = MONTH_YEAR.exec(text);
  if (!match) return null;
  const month = monthNumber(match[1]);
  const written = readYear(match[3]);
  if (month === null || !written) return null;
  if (!isPlausibleYear(written.year)) return problem("date-invalid");
  const excelDisplay = match[2] === "-" && written.twoDigit;
  return spanOf(
    firstDayOfMonth(written.year, month),
    lastDayOfMonth(written.year, month),
    "month",
    false,
    twoDigit(written.twoDigit && !excelDisplay)
  );
};

const dayReading = (day: number, month: number | null, yearText: string): SpanReading => {
  const written = readYear(yearText);
  if (month === null || !written) return null;
  if (!isPlausibleYear(written.year)) return problem("date-invalid");
  const iso = toIsoDate(written.year, month, day);
  return iso ? spanOf(iso, iso, "day", false, twoDigit(written.twoDigit)) : problem("date-invalid");
};

/** `01 April 2018` (004 L156), `1st May 2022`, `4th of August 2022`: that day. */
export const readDayMonthYear = (text: string): SpanReading => {
  const match = DAY_MONTH_YEAR.exec(text);
  return match ? dayReading(Number(match[1]), monthNumber(match[2]), match[3]) : null;
};

/** `April 1, 2018`, `June 30th 2022`: that day (four-digit year only, so `Sept 22 2022` is not misread). */
export const readMonthDayYear = (text: string): SpanReading => {
  const match = MONTH_DAY_YEAR.exec(text);
  return match ? dayReading(Number(match[2]), monthNumber(match[1]), match[3]) : null;
};
