import { monthNumber } from "./months";
import { seasonOf } from "./seasons";

// Words around a date that carry no date themselves.
const CONNECTORS = new Set([
  "by",
  "end",
  "of",
  "from",
  "to",
  "onwards",
  "until",
  "in",
  "during",
  "mid",
  "early",
  "late",
  "before",
  "term",
  "between",
  "and",
  "the",
  "due",
  "w/c",
]);

/**
 * A month, season or day-and-month with no year anywhere (`Jun`, 004 L241; `By June`; `Autumn term`,
 * 003 L123): recognisably a date, but docs/DATES.md says a bare month gets no inferred year.
 * Prose that merely contains a month word ("may be delayed") is not this: every word must be part of a date.
 */
export const isDateWithoutYear = (text: string): boolean => {
  const words = text
    .split(/[\s,]+|(?<=[a-z])-(?=[a-z])/)
    .filter((word) => word !== "" && !CONNECTORS.has(word));
  let named = false;
  for (const word of words) {
    if (monthNumber(word) !== null || seasonOf(word) !== null) named = true;
    else if (!/^\d{1,2}(?:st|nd|rd|th)?$/.test(word) || Number.parseInt(word, 10) > 31)
      return false;
  }
  return named;
};
