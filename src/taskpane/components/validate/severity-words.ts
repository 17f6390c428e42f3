import type { IssueSummary, Severity } from "../../../core/validate/issue";

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** "3 errors", "1 warning", "2 info": severity always said in words, never by colour alone (docs/REPORT.md#accessibility). */
export const severityCount = (severity: Severity, count: number): string => {
  switch (severity) {
    case "error":
      return plural(count, "error", "errors");
    case "warning":
      return plural(count, "warning", "warnings");
    case "info":
      return `${count} info`;
  }
};

/** Section headings: "Errors", "Warnings", "Info". */
export const severityHeading = (severity: Severity): string =>
  severity === "error" ? "Errors" : severity === "warning" ? "Warnings" : "Info";

export const issueTotal = (summary: IssueSummary): number =>
  summary.error + summary.warning + summary.info;

/** "12 issues: 3 errors, 7 warnings, 2 info" */
export const issueCountSentence = (summary: IssueSummary): string =>
  `${plural(issueTotal(summary), "issue", "issues")}: ${severityCount("error", summary.error)}, ${severityCount(
    "warning",
    summary.warning
  )}, ${severityCount("info", summary.info)}`;
