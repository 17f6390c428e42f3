import type { IsoDate } from "../../model/timescale";

/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings with plain integers (docs/DATES.md: never Date.parse or
 * new Date(string), whose time-zone handling can move a date by a day). Years 0001–9999.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12), or 0 when the month is not one. */
export const daysInMonth = (year: number, month: number): number => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return 0;
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
};

export const isValidDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  year >= 1 &&
  year <= 9999 &&
  Number.isInteger(day) &&
  day >= 1 &&
  day <= daysInMonth(year, month);

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** "YYYY-MM-DD", or null when the parts are not a real calendar day. */
export const toIsoDate = (year: number, month: number, day: number): IsoDate | null =>
  isValidDate(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;

/** The parts of a "YYYY-MM-DD" date, or null when it is not one (2022-02-30 is not). */
export const parseIsoDate = (iso: string): CalendarDate | null => {
  // Read by character, not by pattern: rating a plan compares every action's dates with the as-of date.
  if (iso.length !== 10 || iso.charCodeAt(4) !== HYPHEN || iso.charCodeAt(7) !== HYPHEN)
    return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isValidDate(year, month, day)
    ? { year, month, day }
    : null;
};

const HYPHEN = 45;

// The number written by `count` ASCII digits from `from`, or -1 if any is not a digit.
const digitsAt = (text: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    n = n * 10 + (code - 48);
  }
  return n;
};

export const isIsoDate = (value: unknown): value is IsoDate =>
  typeof value === "string" && parseIsoDate(value) !== null;

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms").
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const civilFromDays = (days: number): CalendarDate => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

/** Days since 1970-01-01 (negative before), or null for an invalid date. */
export const dayNumber = (iso: IsoDate): number | null => {
  const date = parseIsoDate(iso);
  return date ? daysFromCivil(date.year, date.month, date.day) : null;
};

/** The date for a day number, or null outside years 0001–9999. */
export const fromDayNumber = (days: number): IsoDate | null => {
  if (!Number.isInteger(days)) return null;
  const date = civilFromDays(days);
  return toIsoDate(date.year, date.month, date.day);
};

/** The last day of a month: lastDayOfMonth(2022, 6) is "2022-06-30". Null for a month that is not 1–12. */
export const lastDayOfMonth = (year: number, month: number): IsoDate | null =>
  toIsoDate(year, month, daysInMonth(year, month));

/** The first day of a month, or null for a month that is not 1–12. */
export const firstDayOfMonth = (year: number, month: number): IsoDate | null =>
  toIsoDate(year, month, 1);

/** `iso` moved by n whole days (n may be negative); null if `iso` is not a date or the result leaves 0001–9999. */
export const addDays = (iso: IsoDate, n: number): IsoDate | null => {
  const days = dayNumber(iso);
  return days === null || !Number.isInteger(n) ? null : fromDayNumber(days + n);
};

/** Whole days from `a` to `b` (b − a: positive when b is later), or null if either is not a date. */
export const daysBetween = (a: IsoDate, b: IsoDate): number | null => {
  const from = dayNumber(a);
  const to = dayNumber(b);
  return from === null || to === null ? null : to - from;
};

/** Order two ISO dates: −1, 0 or 1. Zero-padded "YYYY-MM-DD" sorts as text. */
export const compareIso = (a: IsoDate, b: IsoDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

/** Month arithmetic on (year, month) pairs: addMonths(2022, 11, 3) is { year: 2023, month: 2 }. */
export const addMonths = (
  year: number,
  month: number,
  n: number
): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};
