import type { DatePolicy, IsoDate, Timescale, TimescaleFlag } from "../../model/timescale";
import { MONTH_PATTERN } from "./months";
import { NUMERIC_DATE_PATTERN } from "./numeric-date";
import { readSpan } from "./read-span";
import { problemTimescale } from "./span-timescale";
import { timescaleOf } from "./timescale-result";

const DATE_IN_TEXT = new RegExp(
  `(?<![\\d/.-])(?:${NUMERIC_DATE_PATTERN}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_PATTERN} \\d{4})(?![\\d/.-])`,
  "g"
);

// What may sit between revised dates: punctuation and the words people use for a moved deadline. A
// plain `to` or a spaced hyphen is not here: between two dates they make a window, not a revision.
const REVISION_WORDS =
  /(?:revised to|moved to|extended to|delayed to|changed to|rescheduled to|delayed until|extended until|revised|now|was|then|extended|delayed|new|date|deadline|and|originally|moved|updated|amended|rescheduled|further|[\s,;:()[\]/&>→])*/y;

const onlyRevisionWords = (text: string): boolean => {
  REVISION_WORDS.lastIndex = 0;
  const match = REVISION_WORDS.exec(text);
  return match !== null && match[0].length === text.length;
};

/**
 * Several dates in one cell are a revision history: `30/6/2022 23/11/2022 23/01/2023` (003 L184). The
 * last written date is due; the earlier ones become `revisions`, in the order written. Any unreadable
 * date makes the whole cell date-invalid: a history with a hole in it should be corrected, not guessed.
 */
export const matchMultipleDates = (text: string, policy: DatePolicy): Timescale | null => {
  const found = [...text.matchAll(DATE_IN_TEXT)];
  if (found.length < 2 || !onlyRevisionWords(text.replace(DATE_IN_TEXT, " "))) return null;
  const dues: IsoDate[] = [];
  const flags: TimescaleFlag[] = ["date-multiple"];
  for (const match of found) {
    const reading = readSpan(match[0], policy);
    if (!reading) return null;
    if (!reading.ok) return problemTimescale({ flag: reading.problem.flag }, ["date-multiple"]);
    dues.push(reading.span.end);
    flags.push(...reading.span.flags);
  }
  return timescaleOf("DEADLINE", {
    due: dues[dues.length - 1],
    revisions: dues.slice(0, -1),
    flags,
  });
};
