import type { IsoDate } from "../../../core/model/timescale";
import type { IssueSummary, Severity } from "../../../core/validate/issue";
import { issueTotal, severityHeading } from "../validate/severity-words";
import type { RatingChanges } from "./rating-changes";

/** What previewing an edited mapping found: the same workbook checked and rated both ways. */
export interface MappingEffect {
  asOf: IsoDate;
  issues: { before: IssueSummary; after: IssueSummary };
  ratings: RatingChanges;
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

const difference = (before: number, after: number): string =>
  after === before
    ? "no change"
    : after < before
      ? `${before - after} fewer`
      : `${after - before} more`;

/** "Issues: 332 → 310 (22 fewer)". */
export const issueChangeText = (before: IssueSummary, after: IssueSummary): string => {
  const from = issueTotal(before);
  const to = issueTotal(after);
  return `Issues: ${from} → ${to} (${difference(from, to)})`;
};

/** "Errors: 40 → 38 (2 fewer)". */
export const severityChangeText = (
  severity: Severity,
  before: IssueSummary,
  after: IssueSummary
): string =>
  `${severityHeading(severity)}: ${before[severity]} → ${after[severity]} (${difference(before[severity], after[severity])})`;

/** "Ratings that change: 12 actions, 3 measures", or "none". */
export const ratingChangeText = (changes: RatingChanges): string =>
  changes.actions === 0 && changes.measures === 0
    ? "Ratings that change: none"
    : `Ratings that change: ${plural(changes.actions, "action", "actions")}, ${plural(changes.measures, "measure", "measures")}`;

/** "Actions read: 45 → 42"; said only when the edit changes how many rows are read at all. */
export const readChangeTexts = (changes: RatingChanges): string[] => [
  ...(changes.actionsRead.before !== changes.actionsRead.after
    ? [`Actions read: ${changes.actionsRead.before} → ${changes.actionsRead.after}`]
    : []),
  ...(changes.measuresRead.before !== changes.measuresRead.after
    ? [`Measures read: ${changes.measuresRead.before} → ${changes.measuresRead.after}`]
    : []),
];
