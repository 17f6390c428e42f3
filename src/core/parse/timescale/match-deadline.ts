import type { DatePolicy, Timescale } from "../../model/timescale";
import { readYearOnly } from "./financial-year";
import { readSpan } from "./read-span";
import { problemTimescale } from "./span-timescale";
import { timescaleOf } from "./timescale-result";

// Words that put a deadline before a date: `By June 2022`, `End of May 2022` (000 L279), `by the end of`
// (the normaliser drops "the"), `to be completed by`. Several may stack.
const DEADLINE_PREFIX =
  /^((?:(?:to be )?(?:completed?|delivered|achieved|implemented|in place) by|no later than|target date|deadline|due by|due|by end of|end of|by|before|in|during|within|for)\s+)+/;

/**
 * A single date or period as a deadline. `By <Month>` means the end of the month unless the policy
 * reads it strictly as the start (docs/DATES.md); `End of` always means the end. A financial year on its
 * own is kind FIN_YEAR, with both ends (`2024/2025`, 000 L685).
 */
export const matchDeadline = (text: string, policy: DatePolicy): Timescale | null => {
  const prefix = DEADLINE_PREFIX.exec(text)?.[0] ?? "";
  const body = text.slice(prefix.length);
  const reading = readSpan(body, policy) ?? (prefix !== "" ? readYearOnly(body) : null);
  if (!reading) return null;
  if (!reading.ok) return problemTimescale(reading.problem);
  const { span } = reading;
  if (span.precision === "fin-year") {
    return timescaleOf("FIN_YEAR", {
      start: span.start,
      due: span.end,
      approx: span.approx,
      flags: span.flags,
    });
  }
  const strictBy =
    policy.byMonth === "start" &&
    /\bby\b/.test(prefix) &&
    !/\bend of\b/.test(prefix) &&
    span.precision === "month";
  return timescaleOf("DEADLINE", {
    due: strictBy ? span.start : span.end,
    approx: span.approx,
    flags: span.flags,
  });
};
