import type { PlanModel } from "../parse/plan-model";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { Issue } from "./issue";
import { withOwners } from "./issue-owner";
import { RULES } from "./registry";
import type { ValidationRule } from "./rule";

// Cell addresses and rule codes are plain ASCII (letters, digits, "-"), for which code-point order is
// the order localeCompare gives, at a fraction of its cost over tens of thousands of issues.
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Run every rule and collect every failure (never stop at the first). Validation reads only: the
 * snapshot and the model are left exactly as they were. Issues come back in sheet order, then row,
 * then severity, so people read them top to bottom as in Excel; each names the owner of its row.
 * Surfaces that list them for reading put errors first (issue-order.ts).
 */
export const validatePlan = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  rules: readonly ValidationRule[] = RULES
): Issue[] => {
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  const issues = withOwners(
    rules.flatMap((rule) => rule.check({ snapshot, model })),
    model
  );
  return issues.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      byCodePoint(a.cell, b.cell) ||
      byCodePoint(a.code, b.code)
  );
};
