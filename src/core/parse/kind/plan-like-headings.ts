import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import { headingRowsOf, headingWords } from "./heading-words";
import { isRiskHeading } from "./risk-register";

/**
 * Headings that only a plan has: a rating of progress (RAG, a delivery-confidence colour), a target
 * to meet, or an action's owner and deadline. Statistics name areas, years and quantities; an
 * "actual" or a "forecast" on its own is a statistic too, so neither is here. When such headings
 * are present and nothing was read from them, the workbook is a plan Plan Tracker could not read —
 * not one that holds no plan.
 */
const PLAN_WORDS = [
  "rag",
  "brag",
  "target",
  "targets",
  "goal",
  "trajectory",
  "owner",
  "deadline",
  "milestone",
  "milestones",
];
const PLAN_PHRASES = [
  ["colour", "rating"],
  ["color", "rating"],
  ["delivery", "confidence"],
  ["due", "date"],
  ["by", "when"],
  ["next", "steps"],
  ["lead", "officer"],
  ["completion", "date"],
];

const containsPhrase = (words: readonly string[], phrase: readonly string[]): boolean =>
  words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));

export const isPlanLikeHeading = (heading: string): boolean => {
  const words = headingWords(heading);
  return (
    words.some((word) => PLAN_WORDS.includes(word)) ||
    PLAN_PHRASES.some((phrase) => containsPhrase(words, phrase))
  );
};

/**
 * The sheet's headings that only a plan would have, in the order they are written. A risk
 * register's own headings ("Risk Owner") are left to the register: they say it holds risks.
 */
export const planLikeHeadingsOf = (sheet: SheetSnapshot): string[] => {
  const seen = new Set<string>();
  for (const row of headingRowsOf(sheet)) {
    if (isRiskHeading(row)) continue;
    for (const heading of row.headings) if (isPlanLikeHeading(heading)) seen.add(heading);
  }
  return [...seen];
};
