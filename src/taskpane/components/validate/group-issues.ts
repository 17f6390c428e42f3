import type { Issue, Severity } from "../../../core/validate/issue";
import { SEVERITIES } from "../../../core/validate/issue";

export interface SeverityGroup {
  severity: Severity;
  issues: Issue[];
}

export interface SheetIssues {
  sheet: string;
  total: number;
  /** Errors first, then warnings, then info; severities with no issues are left out. */
  bySeverity: SeverityGroup[];
}

/**
 * Issues by sheet, then by severity, as officers fix them: sheet by sheet, worst first. Sheets with
 * errors come before sheets with only warnings, and those before sheets with only notes, so the list
 * never opens with notes while an error waits further down; among equals the workbook's own order
 * holds, and within a group the rules' order (row by row) is kept.
 */
export const groupIssues = (
  issues: readonly Issue[],
  sheetOrder: readonly string[] = []
): SheetIssues[] => {
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet);
    if (list) list.push(issue);
    else bySheet.set(issue.sheet, [issue]);
  }
  const rank = (sheet: string): number => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  const worst = (sheet: string): number =>
    Math.min(...(bySheet.get(sheet) ?? []).map((issue) => SEVERITIES.indexOf(issue.severity)));
  const firstSeen = [...bySheet.keys()];
  const sheets = [...firstSeen].sort(
    (a, b) =>
      worst(a) - worst(b) || rank(a) - rank(b) || firstSeen.indexOf(a) - firstSeen.indexOf(b)
  );
  return sheets.map((sheet) => {
    const sheetIssues = bySheet.get(sheet) ?? [];
    return {
      sheet,
      total: sheetIssues.length,
      bySeverity: SEVERITIES.map((severity) => ({
        severity,
        issues: sheetIssues.filter((issue) => issue.severity === severity),
      })).filter((group) => group.issues.length > 0),
    };
  });
};
