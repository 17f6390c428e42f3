import type { Analysis } from "../app/analysis";
import { type Issue, summarise } from "../core/validate/issue";
import { errorsFirst } from "../core/validate/issue-order";
import { ownerPhrase } from "../core/validate/issue-owner";
import { severityCounts } from "./plain-words";

/** The JSON contract of `validate --json` (docs/HISTORY.md#issue-2): stable keys, A1 cells, worksheet row numbers. */
export const validateJson = (analysis: Analysis): string =>
  JSON.stringify(
    {
      // In sheet and row order, as data (the text puts errors first); owner is null where the row has none.
      issues: analysis.issues.map((issue) => {
        const { code, severity, sheet, cell, field, value, message } = issue;
        return { code, severity, sheet, cell, field, value, message, owner: ownerPhrase(issue) };
      }),
      summary: analysis.summary,
    },
    null,
    2
  );

const LABEL: Record<Issue["severity"], string> = {
  error: "ERROR  ",
  warning: "WARNING",
  info: "INFO   ",
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const ownerNote = (issue: Issue): string => {
  const owner = ownerPhrase(issue);
  return owner === null ? "" : ` (owner: ${owner})`;
};

/**
 * Output a person can read: a count, then every error, then every warning, then the notes — so no
 * note is ever read before an error — each severity grouped by sheet under the sheet's own counts.
 */
export const validateText = (analysis: Analysis, file: string): string => {
  const { summary } = analysis;
  const issues = errorsFirst(analysis.issues);
  const lines = [`${file}: ${plural(issues.length, "issue")} (${severityCounts(summary)})`];
  const countsOf = new Map(
    [...new Set(issues.map((i) => i.sheet))].map((sheet) => [
      sheet,
      severityCounts(summarise(issues.filter((i) => i.sheet === sheet))),
    ])
  );
  let sheet: string | null = null;
  let severity: Issue["severity"] | null = null;
  for (const issue of issues) {
    if (issue.sheet !== sheet || issue.severity !== severity)
      lines.push("", `${issue.sheet} (${countsOf.get(issue.sheet) ?? ""})`);
    sheet = issue.sheet;
    severity = issue.severity;
    lines.push(
      `  ${LABEL[issue.severity]}  ${issue.cell.padEnd(6)} ${issue.code.padEnd(24)} ${issue.message}${ownerNote(issue)}`
    );
  }
  if (analysis.model.unmapped.length > 0) {
    lines.push("", "Not understood (left out of the checks):");
    for (const note of analysis.model.unmapped)
      lines.push(`  ${note.sheet}!${note.cell}  ${note.reason}`);
  }
  if (issues.length === 0) lines.push("", "No issues found.");
  return lines.join("\n");
};
