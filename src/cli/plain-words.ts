import type { LayoutId } from "../core/parse/plan-model";
import type { IssueSummary } from "../core/validate/issue";

/**
 * "1 error", "2 errors", "no warnings": a count as a person says it. Zero is "no", because "0
 * warning" read as a fault in the tool, not as good news.
 */
export const countOf = (n: number, one: string, many = `${one}s`): string =>
  n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;

/** "2 errors, no warnings, 1 note": information-level issues are notes to a reader, not "info". */
export const severityCounts = (summary: IssueSummary): string =>
  `${countOf(summary.error, "error")}, ${countOf(summary.warning, "warning")}, ${countOf(summary.info, "note")}`;

/** The seed layouts, named after the councils whose plans they are, as an officer would know them. */
const LAYOUT_WORDS: Record<LayoutId, string> = {
  gcc: "laid out like Gloucestershire's plan",
  bcp: "laid out like BCP's plan",
  thurrock: "laid out like Thurrock's plan",
  scorecard: "laid out like Gloucestershire's corporate scorecard",
  generic: "in a layout of its own",
};

export const layoutWords = (layout: LayoutId): string => LAYOUT_WORDS[layout];
