import type { DatePolicy, Timescale } from "../../model/timescale";
import { addDays } from "./calendar";
import { readSpan } from "./read-span";
import { problemTimescale } from "./span-timescale";
import { timescaleOf } from "./timescale-result";

// `w/c 10/02/2025`, `week commencing 10 Feb 2025`, `w/b 3rd March 2025`: a week named by its first day.
const WEEK = /^(?:w\/c|w\/b|wc|wb|week commencing|week beginning|week starting)\s+(.+)$/;
const DAYS_IN_WEEK = 7;

/**
 * A week named by its first day, as action logs date what is due "w/c 10/02/2025": a WINDOW from that
 * day to the end of its week, so the action is overdue once the week has passed. Only a day names a
 * week; "w/c May 2025" is left to the other forms.
 */
export const matchWeek = (text: string, policy: DatePolicy): Timescale | null => {
  const day = WEEK.exec(text)?.[1];
  if (day === undefined) return null;
  const reading = readSpan(day, policy);
  if (!reading) return null;
  if (!reading.ok) return problemTimescale(reading.problem);
  if (reading.span.precision !== "day") return null;
  return timescaleOf("WINDOW", {
    start: reading.span.start,
    due: addDays(reading.span.start, DAYS_IN_WEEK - 1),
    approx: reading.span.approx,
    flags: reading.span.flags,
  });
};
