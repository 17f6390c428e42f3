import type { DatePolicy } from "../../model/timescale";
import type { SpanReading } from "./date-span";
import { readFinancialYear, readQuarter } from "./financial-year";
import { readDayMonthYear, readMonthDayYear, readMonthYear } from "./month-span";
import { readNumericDate } from "./numeric-date";
import { readSeasonYear } from "./season-span";

const READERS: ReadonlyArray<(text: string, policy: DatePolicy) => SpanReading> = [
  readFinancialYear, // before numeric dates: `2022-23` is a financial year, not a day
  readNumericDate,
  readMonthYear,
  readDayMonthYear,
  readMonthDayYear,
  readSeasonYear,
  readQuarter,
];

/** One written date or period (no `by`, `from`, `onwards` around it), or null when no form matches. */
export const readSpan = (text: string, policy: DatePolicy): SpanReading => {
  for (const read of READERS) {
    const reading = read(text, policy);
    if (reading) return reading;
  }
  return null;
};
