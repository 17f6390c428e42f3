import type { DatePolicy, Timescale } from "../../model/timescale";
import { readYearOnly } from "./financial-year";
import { readSpan } from "./read-span";
import { problemTimescale } from "./span-timescale";
import { timescaleOf } from "./timescale-result";

const OPEN_PREFIX =
  /^(?:ongoing from|from|starting from|starting|start from|commencing|beginning|with effect from|wef|w\/c)\s+/;
const OPEN_SUFFIX = /\s+(?:onwards|and ongoing|then ongoing|ongoing|and beyond)$/;

/**
 * `Sept 22 onwards` (000 L563), `From July 2022`, `From 1st May 2022` (000 L162), `From Autumn 2022`,
 * `From July 2022 onwards`: ONGOING_FROM, starting on the first day the written date covers. Never
 * overdue by date, so it is flagged timescale-open.
 */
export const matchOpenEnded = (text: string, policy: DatePolicy): Timescale | null => {
  const prefix = OPEN_PREFIX.exec(text)?.[0] ?? "";
  const afterPrefix = text.slice(prefix.length);
  const suffix = OPEN_SUFFIX.exec(afterPrefix)?.[0] ?? "";
  if (prefix === "" && suffix === "") return null;
  const body = afterPrefix.slice(0, afterPrefix.length - suffix.length);
  const reading = readSpan(body, policy) ?? readYearOnly(body);
  if (!reading) return null;
  if (!reading.ok) return problemTimescale(reading.problem);
  return timescaleOf("ONGOING_FROM", {
    start: reading.span.start,
    approx: reading.span.approx,
    flags: reading.span.flags,
  });
};
