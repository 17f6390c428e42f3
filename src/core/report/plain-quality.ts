import type { Issue, Severity } from "../validate/issue";
import { RULES } from "../validate/registry";

/** One kind of data-quality finding in the words a board member reads: what was found, how often, how serious. */
export interface QualityLine {
  what: string;
  severity: Severity;
  count: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_WORDS: Record<Severity, string> = {
  error: "Must be fixed",
  warning: "Should be checked",
  info: "For information",
};

export const severityWords = (severity: Severity): string => SEVERITY_WORDS[severity];

/**
 * The validation findings grouped by rule and named by the rule's one-line title ("More than one
 * owner"), never by its code: the codes are for the pane and the command line (docs/RULES.md).
 */
export const plainQuality = (issues: readonly Issue[], limit: number): QualityLine[] => {
  const titleOf = new Map(RULES.map((rule) => [rule.code, rule.title]));
  const lines = new Map<string, QualityLine>();
  // Each code's line found once and remembered by code: a large plan has a hundred thousand issues
  // and a few dozen codes. Indexed, as a for-of makes an iterator result per issue until the
  // optimiser removes it (docs/HISTORY.md#issue-6).
  const lineOf = new Map<string, QualityLine>();
  for (let i = 0; i < issues.length; i += 1) {
    const issue = issues[i];
    let line = lineOf.get(issue.code);
    if (line === undefined) {
      const what =
        titleOf.get(issue.code) ??
        issue.code.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
      line = lines.get(what);
      if (line === undefined) {
        line = { what, severity: issue.severity, count: 0 };
        lines.set(what, line);
      }
      lineOf.set(issue.code, line);
    }
    line.count += 1;
  }
  return [...lines.values()]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count)
    .slice(0, limit);
};
