import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import { headingRowsOf, headingWords, type HeadingRow } from "./heading-words";

/**
 * A risk register scores each risk as likelihood × impact and bands the score, whatever else its
 * columns are called. A heading row naming both dimensions, and also the risk itself, its score or
 * its mitigation, is a register; either dimension alone is not ("Impact of leaders" is a judgement).
 */
const LIKELIHOOD = ["likelihood", "probability"];
const IMPACT = ["impact", "severity", "consequence"];
const RISK_ITSELF = [
  "risk",
  "risks",
  "mitigation",
  "mitigations",
  "mitigating",
  "mitigated",
  "controls",
  "score",
  "rating",
  "proximity",
];

const names = (words: readonly string[], vocabulary: readonly string[]): boolean =>
  words.some((word) => vocabulary.includes(word));

export const isRiskHeading = (row: HeadingRow): boolean => {
  const words = row.headings.map(headingWords);
  return (
    words.some((w) => names(w, LIKELIHOOD)) &&
    words.some((w) => names(w, IMPACT)) &&
    words.some((w) => names(w, RISK_ITSELF))
  );
};

/** The first heading row of a risk register on the sheet, or null when it holds none. */
export const riskRegisterHeading = (sheet: SheetSnapshot): HeadingRow | null =>
  headingRowsOf(sheet).find(isRiskHeading) ?? null;
