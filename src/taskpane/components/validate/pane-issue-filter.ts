import type { Issue, Severity } from "../../../core/validate/issue";

/** What the pane's issue list is narrowed to; null means "all". */
export interface PaneIssueFilter {
  severity: Severity | null;
  code: string | null;
  owner: string | null;
}

export const NO_FILTER: PaneIssueFilter = { severity: null, code: null, owner: null };

export const isFiltered = (filter: PaneIssueFilter): boolean =>
  filter.severity !== null || filter.code !== null || filter.owner !== null;

/** The issues the filter keeps: one severity, one rule, one owner (any of the row's owners). */
export const filterPaneIssues = (issues: readonly Issue[], filter: PaneIssueFilter): Issue[] =>
  issues.filter(
    (issue) =>
      (filter.severity === null || issue.severity === filter.severity) &&
      (filter.code === null || issue.code === filter.code) &&
      (filter.owner === null || (issue.owner ?? []).includes(filter.owner))
  );

const sortedDistinct = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** The rules and owners the issues name, for the filter's choices (only what there is to pick). */
export const filterChoices = (issues: readonly Issue[]): { codes: string[]; owners: string[] } => ({
  codes: sortedDistinct(issues.map((issue) => issue.code)),
  owners: sortedDistinct(issues.flatMap((issue) => issue.owner ?? [])),
});
