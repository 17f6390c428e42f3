import type { IsoDate } from "../model/timescale";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-06-30" → "30 Jun 2022", as reasons and reports print dates (UK order, no time zone involved). */
export const formatDate = (iso: IsoDate): string => {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
};
