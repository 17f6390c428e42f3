/**
 * The two places a skip link leads in every view (docs/HISTORY.md#issue-16): its main action and its results. Only
 * one view is shown at a time, so each view puts these ids on its own button and results area.
 */
export const SKIP_TARGETS = {
  action: "plan-tracker-main-action",
  results: "plan-tracker-results",
} as const;

/** What a view's skip links say: the main action's name, and what its results are called. */
export interface SkipLinkWords {
  /** "Validate workbook": the link reads "Skip to Validate workbook". */
  action: string;
  /** "validation results": the link reads "Skip to validation results". */
  results: string;
}
