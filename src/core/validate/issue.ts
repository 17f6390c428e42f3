import type { CellValue } from "../model/cell-value";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One thing wrong in the workbook, at one cell. An issue is a value, never an exception. */
export interface Issue {
  /** Stable code: Frictionless where one fits (missing-label, type-error…), else a domain code. */
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address on that sheet, e.g. "D7"; enough for range.select(). */
  cell: string;
  /** The worksheet's own 1-based row. */
  row: number;
  column: string;
  /** The plan field the cell holds ("due", "owner"…), or null for sheet-level issues. */
  field: string | null;
  value: CellValue;
  /** What is wrong and how to put it right, in plain English. */
  message: string;
  /** Who owns the action on the issue's row, each person or post its owner cell names; absent when the row has no owner. */
  owner?: readonly string[];
}

export interface IssueSummary {
  error: number;
  warning: number;
  info: number;
}

export const summarise = (issues: readonly Issue[]): IssueSummary => {
  const summary: IssueSummary = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < issues.length; i += 1) summary[issues[i].severity] += 1;
  return summary;
};
