import type { IsoDate } from "../model/timescale";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-06-30" → "30 Jun 2022", as reasons and reports print dates (UK order, no time zone involved). */
export const formatDate = (iso: IsoDate): string =>
  // Sliced, not split: every rated action's reason prints a date or two.
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
