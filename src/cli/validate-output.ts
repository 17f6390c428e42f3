import type { Analysis } from "../app/analysis";
import { type Issue, summarise } from "../core/validate/issue";
import { severityCounts } from "./plain-words";

/** The JSON contract of `validate --json` (issue #2): stable keys, A1 cells, worksheet row numbers. */
export const validateJson = (analysis: Analysis): string =>
  JSON.stringify(
    {
      issues: analysis.issues.map(({ code, severity, sheet, cell, field, value, message }) => ({ code, severity, sheet, cell, field, value, message })),
      summary: analysis.summary,
    },
    null,
    2,
  );

const LABEL: Record<Issue["severity"], string> = { error: "ERROR  ", warning: "WARNING", info: "INFO   " };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Output a person can read: a count, then the issues grouped by sheet, errors first within a row. */
export const validateText = (analysis: Analysis, file: string): string => {
  const { summary, issues } = analysis;
  const lines = [
    `${file}: ${plural(issues.length, "issue")} (${severityCounts(summary)})`,
  ];
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  for (const sheet of sheets) {
    const mine = issues.filter((i) => i.sheet === sheet);
    lines.push("", `${sheet} (${severityCounts(summarise(mine))})`);
    for (const issue of mine) lines.push(`  ${LABEL[issue.severity]}  ${issue.cell.padEnd(6)} ${issue.code.padEnd(24)} ${issue.message}`);
  }
  if (analysis.model.unmapped.length > 0) {
    lines.push("", "Not understood (left out of the checks):");
    for (const note of analysis.model.unmapped) lines.push(`  ${note.sheet}!${note.cell}  ${note.reason}`);
  }
  if (issues.length === 0) lines.push("", "No issues found.");
  return lines.join("\n");
};
