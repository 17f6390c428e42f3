import type { Polarity } from "../model/measure";

/**
 * Polarity from the workbook's own words: the scorecard's "Bigger is Better", "Smaller is Better",
 * "Plan is best", NHS England's `directionality` column (`over`, `under`), "Aim to maximise", "Good is
 * high", arrows. The whole cell must be one of these phrasings: a cell that says something else
 * ("Asked John Cooke", "Over 5%") is not a direction, and polarity is then missing, never guessed here.
 */

// "is better", "= good", "best", or nothing: "Higher is better", "higher = better", "higher better", "Higher".
const VERDICT = String.raw`(?: (?:is )?(?:better|good|best))?`;
const UP_WORDS =
  "bigger|higher|more|larger|greater|high|up|increase|increasing|over|above|max|maximum|maximise|maximize|maximising|maximizing";
const DOWN_WORDS =
  "smaller|lower|less|fewer|low|down|decrease|decreasing|under|below|min|minimum|minimise|minimize|minimising|minimizing|reduce|reduction";

const WORDS: readonly [RegExp, Polarity][] = [
  [
    new RegExp(
      `^(?:aim to |aim for |)(?:${UP_WORDS})${VERDICT}$|^good is (?:high|higher|up|more)$|^higher is better$|^[↑⬆▲△⇧]${VERDICT}$`
    ),
    "higher_is_better",
  ],
  [
    new RegExp(
      `^(?:aim to |aim for |)(?:${DOWN_WORDS})${VERDICT}$|^good is (?:low|lower|down|less)$|^lower is better$|^[↓⬇▼▽⇩]${VERDICT}$`
    ),
    "lower_is_better",
  ],
  [
    /^(?:plan|on target|target|in range|on plan|within range|close to target|nearest target)(?: (?:is )?(?:best|better|good))?$|^goldilocks$|^on target is best$|^[↔⇔◆]$/,
    "on_target_is_best",
  ],
  [
    /^(?:n\/a|na|not applicable|contextual|volume|context|none|neither|no polarity)$|^not applicable$/,
    "not_applicable",
  ],
];

/**
 * The cell's words in one spelling: lower case, underscores and hyphens as spaces (`higher_is_better`,
 * `aim-to-maximise`), the sentence's own punctuation dropped ("Higher is better."), "=" read as "is".
 */
export const polarityKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\-–—]+/g, " ")
    .replace(/=/g, " is ")
    .replace(/[.,:;!?()[\]"'‘’“”*]+/g, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();

export const parsePolarity = (text: string): Polarity | null => {
  const key = polarityKey(text);
  if (key === "") return null;
  for (const [pattern, polarity] of WORDS) if (pattern.test(key)) return polarity;
  return null;
};
