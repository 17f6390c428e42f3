import { cellText, type CellValue } from "../../model/cell-value";

// Words that state there is no target, as NHS England's "NA" plans do: an answer, not a gap.
const NO_TARGET = /^(?:n\/?a|not applicable|none|no target|no plan|not set|-+|–)$/i;

/** Whether a target cell says in words that the measure has no target this period. */
export const saysNoTarget = (value: CellValue | undefined): boolean =>
  typeof value === "string" && NO_TARGET.test(cellText(value).trim());
