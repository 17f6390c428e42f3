import { cellText, type CellValue } from "../../model/cell-value";

/** What a column's d/m/y dates say about their day order. */
export type DayOrderEvidence = "dmy" | "mdy" | "mixed" | "none";

const NUMERIC_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/;

/**
 * docs/DATES.md default policy: "A column in which some first parts exceed 12 confirms d/m." A first part
 * over 12 (`30/04/23`) is evidence for d/m/y, a second part over 12 (`01/16/2018`) for m/d/y; both in one
 * column is "mixed" (someone typed a date the other way round). A caller may drop `date-ambiguous` on
 * a column whose order is confirmed, and should keep `date-invalid` either way.
 */
export const dayOrderEvidence = (
  values: ReadonlyArray<CellValue | undefined>
): DayOrderEvidence => {
  let dmy = false;
  let mdy = false;
  for (const value of values) {
    const match = typeof value === "string" ? NUMERIC_DATE.exec(cellText(value)) : null;
    if (!match) continue;
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 && second <= 12) dmy = true;
    if (second > 12 && first <= 12) mdy = true;
  }
  return dmy && mdy ? "mixed" : dmy ? "dmy" : mdy ? "mdy" : "none";
};
