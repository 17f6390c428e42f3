import type { Issue } from "../../src/core/validate/issue";

/**
 * Counting false alarms: errors and warnings raised on rows a person would call clean. Info items are
 * left out — they are notes, collapsed by default, and never stand between a user and the errors.
 */
export interface AlarmTally {
  /** Rows counted (clean rows of generated plans, or data rows of a real workbook). */
  rows: number;
  /** Errors and warnings on those rows, by rule code. */
  byRule: Map<string, number>;
  /** A few of them, to say what fired where when the budget breaks. */
  examples: string[];
}

export const emptyTally = (): AlarmTally => ({ rows: 0, byRule: new Map(), examples: [] });

export const isAlarm = (issue: Issue): boolean => issue.severity !== "info";

export const countAlarm = (tally: AlarmTally, issue: Issue, where: string): void => {
  tally.byRule.set(issue.code, (tally.byRule.get(issue.code) ?? 0) + 1);
  if (tally.examples.length < 12)
    tally.examples.push(`${where} ${issue.sheet}!${issue.cell} ${issue.code}: ${issue.message}`);
};

export const alarms = (tally: AlarmTally): number =>
  [...tally.byRule.values()].reduce((sum, n) => sum + n, 0);

/** False alarms per 100 rows, to one decimal place. */
export const per100 = (tally: AlarmTally): number =>
  tally.rows === 0 ? 0 : Math.round((alarms(tally) * 1000) / tally.rows) / 10;

/** "rule 3, other 1", largest first: the compact per-rule figure the test prints. */
export const byRuleText = (tally: AlarmTally): string =>
  [...tally.byRule.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(", ") || "none";

/** The budget of docs/HISTORY.md#issue-11: no more than 2 errors or warnings per 100 rows that have nothing wrong. */
export const FALSE_ALARM_BUDGET = 2;
