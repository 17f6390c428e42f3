import { isExcelError, type CellValue } from "../../model/cell-value";
import type { DatePolicy, Timescale, TimescaleFlag } from "../../model/timescale";
import { matchDeadline } from "./match-deadline";
import { matchMultipleDates } from "./match-multiple-dates";
import { isDateWithoutYear } from "./match-no-year";
import { matchOpenEnded } from "./match-open-ended";
import { matchWeek } from "./match-week";
import { matchWindow } from "./match-window";
import { normaliseTimescale } from "./normalise-timescale";
import { serialTimescale } from "./serial-timescale";
import { missing, timescaleOf } from "./timescale-result";

// isExcelError narrows its argument to string; on text already known to be a string that would leave `never` behind.
const isErrorText = (text: string): boolean => isExcelError(text);

// Cells that say, in words, that there is no timescale yet: the same as a blank (timescale-missing).
const NO_TIMESCALE = new Set([
  "-",
  "--",
  "n/a",
  "na",
  "tbc",
  "tba",
  "tbd",
  "to be confirmed",
  "to be agreed",
  "to be decided",
  "?",
  "none",
]);

const ONGOING = /^(?:ongoing|continuous|continual|rolling|business as usual|bau)\b/;

const FORMS: ReadonlyArray<(text: string, policy: DatePolicy) => Timescale | null> = [
  matchMultipleDates, // before the others: each of its dates would also match alone
  matchWindow,
  matchWeek, // before the open-ended forms: "w/c 10/02/2025" is that week, not from it onwards
  matchOpenEnded,
  matchDeadline,
];

const withFlags = (timescale: Timescale, flags: TimescaleFlag[]): Timescale =>
  flags.length === 0
    ? timescale
    : { ...timescale, flags: [...new Set([...flags, ...timescale.flags])] };

const parseText = (raw: string, policy: DatePolicy): Timescale => {
  if (isErrorText(raw)) return missing(["timescale-unparseable"]);
  const { text, tidied } = normaliseTimescale(raw);
  const tidyFlags: TimescaleFlag[] = tidied ? ["text-normalise"] : [];
  // A cell of nothing but spaces is simply blank: not worth a text-normalise of its own.
  if (text === "") return missing(["timescale-missing"]);
  if (NO_TIMESCALE.has(text)) return missing([...tidyFlags, "timescale-missing"]);
  for (const form of FORMS) {
    const timescale = form(text, policy);
    if (timescale) return withFlags(timescale, tidyFlags);
  }
  // `Ongoing` (000 L295), also with a remark after it, as long as the remark holds no date.
  if (ONGOING.test(text) && !/\d/.test(text)) return withFlags(timescaleOf("ONGOING"), tidyFlags);
  if (isDateWithoutYear(text)) return missing([...tidyFlags, "date-no-year"]);
  return missing([...tidyFlags, "timescale-unparseable"]);
};

/**
 * Read a timescale cell the way the plan's authors meant it (docs/DATES.md): DEADLINE, ONGOING_FROM,
 * WINDOW, FIN_YEAR, ONGOING or MISSING, with start, due, approx, revisions and data-quality flags.
 * Never throws: anything it cannot read is MISSING with a flag saying why.
 */
export const parseTimescale = (
  value: CellValue | undefined,
  numberFormat: string | undefined,
  policy: DatePolicy
): Timescale => {
  if (value === null || value === undefined) return missing(["timescale-missing"]);
  if (typeof value === "number") return serialTimescale(value, numberFormat);
  if (typeof value === "boolean") return missing(["timescale-unparseable"]);
  return parseText(value, policy);
};
