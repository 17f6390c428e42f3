import type { IsoDate } from "../model/timescale";
import { rememberedFormat } from "./remembered-format";
import { dayNumber, fromDayNumber } from "./timescale/calendar";

export {
  addDays,
  addMonths,
  compareIso,
  dayNumber,
  daysBetween,
  daysInMonth,
  firstDayOfMonth,
  fromDayNumber,
  isIsoDate,
  lastDayOfMonth,
  parseIsoDate,
  toIsoDate,
} from "./timescale/calendar";

/*
 * Excel serial dates. Excel counts days from 1900-01-01 = 1 and, copying Lotus 1-2-3, treats 1900 as
 * a leap year: serial 60 is the fictitious 1900-02-29. So serials 1–59 count from 1899-12-31 and
 * serials from 61 count from 1899-12-30 (docs/DATES.md: 43191 = 2018-04-01, 44834 = 2022-09-30).
 */
const DAYS_1899_12_30 = -25569; // day number of 1899-12-30 (25569 = 1970-01-01)
const LAST_SERIAL = 2958465; // 9999-12-31, Excel's last date
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;

/** The calendar day of an Excel serial (the time of day is dropped); null for 0, 60, negatives and beyond 9999-12-31. */
export const serialToIso = (serial: number): IsoDate | null => {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === FICTITIOUS_LEAP_DAY_SERIAL) return null;
  return fromDayNumber(DAYS_1899_12_30 + whole + (whole < FICTITIOUS_LEAP_DAY_SERIAL ? 1 : 0));
};

/** The Excel serial of a date, or null before 1900-01-01, after 9999-12-31, or for text that is not a date. */
export const isoToSerial = (iso: IsoDate): number | null => {
  const days = dayNumber(iso);
  if (days === null) return null;
  const serial = days - DAYS_1899_12_30;
  if (serial >= FICTITIOUS_LEAP_DAY_SERIAL + 1) return serial <= LAST_SERIAL ? serial : null;
  // Before 1900-03-01 the serials count from 1899-12-31, one less than the later epoch gives.
  return serial - 1 >= 1 && serial - 1 < FICTITIOUS_LEAP_DAY_SERIAL ? serial - 1 : null;
};

/** How much of a date a number format shows: a day, only a month (`mmm-yy`), or only a year. */
export type DatePrecision = "day" | "month" | "year";

/**
 * The date tokens of a number format's first section (the one positive numbers use), with quoted
 * text, backslash escapes, `_x` padding, `*x` fills and `[...]` sections (colours, conditions,
 * locales, elapsed-time `[h]`) removed, lower-cased.
 */
const dateTokens = (format: string): string =>
  (format.split(";")[0] ?? "")
    .replace(/"[^"]*"?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1") // elapsed time [h]:mm is a time, and its mm are minutes
    .replace(/\[[^\]]*\]?/g, "")
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, "");

/**
 * Whether a format shows a date and to what precision; null when it is no date format (`General`,
 * `0%`, `0.00`, `@`, or a time-only `h:mm`). An `m` next to `h` or `s` means minutes, not months.
 */
export const dateFormatPrecision = (format: string | undefined): DatePrecision | null => {
  if (format === undefined) return null;
  // A workbook has a handful of formats over thousands of cells: each is worked out once.
  return rememberedFormat(PRECISIONS, format, precisionOf);
};

const PRECISIONS = new Map<string, DatePrecision | null>();

const precisionOf = (format: string): DatePrecision | null => {
  const tokens = dateTokens(format);
  if (tokens.includes("general")) return null;
  const hasDay = /d/.test(tokens);
  const hasYear = /y/.test(tokens);
  const monthTokens = tokens.replace(/h+[^a-z0-9]*m+|m+(?=[^a-z0-9]*s)/g, "");
  const hasMonth = /m/.test(monthTokens);
  if (hasDay) return "day";
  if (hasMonth) return "month";
  if (hasYear) return "year";
  return null;
};

/** True for number formats that display a date (d, m as month, y, mmm…), whatever the text around them. */
export const isDateFormat = (format: string | undefined): boolean =>
  dateFormatPrecision(format) !== null;

/** True for `mmm-yy`, `mmmm yyyy`, `mmm yyyy`…: a date shown without its day, which means the whole month. */
export const isMonthPrecisionFormat = (format: string | undefined): boolean =>
  dateFormatPrecision(format) === "month";
