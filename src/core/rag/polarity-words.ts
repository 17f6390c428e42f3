import type { Polarity } from "../model/measure";

/** Each polarity as people say it, in sentences and reports. */
export const POLARITY_WORDS: Record<Polarity, string> = {
  higher_is_better: "higher is better",
  lower_is_better: "lower is better",
  on_target_is_best: "on target is best",
  not_applicable: "not applicable",
};

/**
 * A suggested polarity, always said as a suggestion with its reason, so nobody mistakes Plan
 * Tracker's reading of a name for the council's own rule: "lower is better, suggested (name says 'turnover')".
 */
export const suggestedPolarityWords = (polarity: Polarity, reason: string): string =>
  `${POLARITY_WORDS[polarity]}, suggested${reason !== "" ? ` (${reason})` : ""}`;
