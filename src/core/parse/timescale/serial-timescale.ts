import type { Timescale } from "../../model/timescale";
import { dateFormatPrecision, serialToIso } from "../excel-date";
import { lastDayOfMonth, parseIsoDate } from "./calendar";
import { missing, timescaleOf } from "./timescale-result";

/**
 * A number in a timescale cell. With a date format it is an Excel serial (docs/DATES.md): a format that
 * shows the day gives that day; a month-precision format (`mmm-yy`, `mmmm yyyy`) means the whole
 * month, so the due date is its last day; a year-only format means the year (approximate). Serial 0
 * shown as a date (`Jan-00`, 004 L326) is date-serial-zero. Without a date format a number is not a
 * date at all: Plan Tracker will not guess that 43191 is a serial.
 */
export const serialTimescale = (value: number, numberFormat: string | undefined): Timescale => {
  const precision = dateFormatPrecision(numberFormat);
  if (!Number.isFinite(value) || precision === null) return missing(["timescale-unparseable"]);
  if (Math.floor(value) === 0) return missing(["date-serial-zero"]);
  // Excel shows a negative serial as ####: there is no date to read.
  if (value < 0) return missing(["timescale-unparseable"]);
  const iso = serialToIso(value);
  const date = iso ? parseIsoDate(iso) : null;
  if (!iso || !date) return missing(["date-invalid"]);
  if (precision === "day") return timescaleOf("DEADLINE", { due: iso });
  if (precision === "month")
    return timescaleOf("DEADLINE", { due: lastDayOfMonth(date.year, date.month) });
  return timescaleOf("DEADLINE", { due: `${iso.slice(0, 4)}-12-31`, approx: true });
};
