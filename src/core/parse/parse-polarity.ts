import type { Polarity } from "../model/metric";

/**
 * Polarity from the workbook's own words (DOMAIN §6.1): the scorecard's "Bigger is Better",
 * "Smaller is Better", "Plan is best", and the plainer High/Low. Null when the cell says something
 * else ("Asked John Cooke"): polarity is then missing, never guessed.
 */
const WORDS: [RegExp, Polarity][] = [
  [/^(bigger|higher|more|larger|greater)( is (better|good))?$|^high$|^up$|^increase$|^higher_is_better$/, "higher_is_better"],
  [/^(smaller|lower|less|fewer)( is (better|good))?$|^low$|^down$|^decrease$|^lower_is_better$/, "lower_is_better"],
  [/^(plan|on target|target|in range|on plan)( is (best|better))?$|^goldilocks$|^on_target_is_best$/, "on_target_is_best"],
  [/^(n\/a|na|not applicable|contextual|volume|context|none)$|^not_applicable$/, "not_applicable"],
];

export const parsePolarity = (text: string): Polarity | null => {
  const key = text.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase();
  if (key === "") return null;
  for (const [pattern, polarity] of WORDS) if (pattern.test(key)) return polarity;
  return null;
};
