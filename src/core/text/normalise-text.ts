import { cellText, type CellValue } from "../model/cell-value";

/** The result of normalising a cell's text: `changed` lets a caller raise `text-normalise` (docs/RULES.md rule 19). */
export interface NormalisedText {
  text: string;
  changed: boolean;
}

// U+00A0 runs through the GCC scorecard (001 L6354); the other Unicode spaces arrive from Word and PDF exports.
const HORIZONTAL_SPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+/g;

// "From 1 st May 2022" (000 L162): the export split ordinals from their numbers (docs/DATES.md step 2).
const SPLIT_ORDINAL = /\b(\d{1,3}) (st|nd|rd|th)\b/gi;

// "18 March 2 0 2 2" (000 L7): a year typed with spaces between its digits (docs/DATES.md step 3).
// Only 19xx and 20xx, and never part of a longer run of spaced digits.
const SPACED_YEAR = /(?<!\d )(?<!\d)\b(1 9|2 0) (\d) (\d)\b(?! \d)/g;

const tidyLine = (line: string): string =>
  line
    .replace(HORIZONTAL_SPACE, " ")
    .trim()
    .replace(SPLIT_ORDINAL, "$1$2")
    .replace(
      SPACED_YEAR,
      (_all, century: string, tens: string, units: string) =>
        `${century.replace(" ", "")}${tens}${units}`
    );

/**
 * Trim, collapse whitespace (including U+00A0), join split ordinals (`1 st` → `1st`) and spaced years
 * (`2 0 2 2` → `2022`). Line breaks are kept, because in-cell lists (owners, progress bullets) are
 * one item per line; each line is tidied and runs of blank lines shrink to one.
 */
export const normaliseText = (value: CellValue | undefined): NormalisedText => {
  const original = cellText(value);
  const lines = original
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .split("\n")
    .map(tidyLine);
  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  const text = kept.join("\n");
  return { text, changed: text !== original };
};

/** normaliseText on one line: line breaks become spaces (wrapped header cells, single-value cells). */
export const normaliseLine = (value: CellValue | undefined): NormalisedText => {
  const original = cellText(value);
  const text = normaliseText(original).text.replace(/\n/g, " ");
  return { text, changed: text !== original };
};

/**
 * A header or row label as Plan Tracker compares it (docs/LAYOUTS.md#header-matching): one line, lower case, curly quotes
 * made straight, trailing colon dropped, so `Lead:`, `LEAD` and `Lead` all read `lead`.
 */
export const normaliseHeader = (value: CellValue | undefined): string =>
  normaliseLine(value)
    .text.toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s*:+$/, "")
    .trim();
