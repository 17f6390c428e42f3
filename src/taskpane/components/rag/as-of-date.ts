import type { IsoDate } from "../../../core/model/timescale";

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * Today in the person's own calendar. An as-of date is a calendar day, not an instant: just after
 * midnight in London it must already be the new day, which UTC would not say for an hour in summer.
 */
export const localIsoDate = (now: Date): IsoDate =>
  `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;

/**
 * The default label for this period's snapshot, "RAG mm/yy" of the as-of date, as Thurrock heads its
 * period columns ("RAG 01/18", docs/LAYOUTS.md#thurrock); an empty string when the date is not yet a date.
 */
export const defaultPeriodLabel = (asOf: string): string => {
  const match = /^\d{2}(\d{2})-(\d{2})-\d{2}$/.exec(asOf);
  return match === null ? "" : `RAG ${match[2]}/${match[1]}`;
};
