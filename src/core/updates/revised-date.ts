import type { DatePolicy, Timescale } from "../model/timescale";
import { formatDate } from "../rag/format-date";
import { parseTimescale } from "../parse/timescale/parse-timescale";
import { err, ok, type Result } from "../result";

export interface ReadDate {
  /** The typed text, tidied. */
  typed: string;
  timescale: Timescale;
  /** What Plan Tracker read, said back before anything is written: "30 Sep 2025", "1 Apr 2025 to 30 Jun 2025 (approx.)". */
  asRead: string;
}

const said = (timescale: Timescale): string => {
  const approx = timescale.approx ? " (approx.)" : "";
  const due = timescale.due ? formatDate(timescale.due) : "";
  if (timescale.kind === "ONGOING_FROM" && timescale.start)
    return `ongoing from ${formatDate(timescale.start)}${approx}`;
  if (timescale.start && timescale.due && timescale.start !== timescale.due)
    return `${formatDate(timescale.start)} to ${due}${approx}`;
  return `${due}${approx}`;
};

/**
 * A revised date as typed ("end of Sept 2025", "30/9/25", "Q2 2025/26"), read by the plan's own
 * timescale grammar (docs/DATES.md). Refused, with what to type instead, when it gives no date or
 * an impossible one; several dates in one box are refused too, since only one is the revision.
 */
export const readRevisedDate = (text: string, policy: DatePolicy): Result<ReadDate, string> => {
  const typed = text.replace(/\s+/g, " ").trim();
  if (typed === "") return err("Type the revised date, for example 30/09/2025 or Sep 2025.");
  const timescale = parseTimescale(typed, undefined, policy);
  if (timescale.flags.includes("date-invalid"))
    return err(
      `'${typed}' is not a real date${timescale.suggestion ? ` (did you mean ${formatDate(timescale.suggestion)}?)` : ""}; type it again.`
    );
  if (timescale.flags.includes("date-no-year"))
    return err(`'${typed}' has no year; type the year too, for example ${typed} 2026.`);
  if (timescale.flags.includes("date-multiple"))
    return err(`'${typed}' holds more than one date; type only the revised one.`);
  if (timescale.due === null && timescale.kind !== "ONGOING_FROM")
    return err(
      `'${typed}' is not a date Plan Tracker can read; type it like 30/09/2025, 30 Sep 2025 or Sep 2025.`
    );
  return ok({ typed, timescale, asRead: said(timescale) });
};
