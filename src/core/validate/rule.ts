import { addressOf, columnLetter } from "../model/address";
import type { CellRef } from "../model/action";
import type { PlanModel } from "../parse/plan-model";
import { cellAt } from "../snapshot/sheet-access";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { Issue, Severity } from "./issue";

/** What every rule sees: the workbook as read and the plan as understood. Rules never change either. */
export interface RuleContext {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
}

/** One data-quality rule (docs/RULES.md): a stable code, its default severity, and a check. */
export interface ValidationRule {
  code: string;
  severity: Severity;
  /** One line for people: what the rule looks for. */
  title: string;
  check(context: RuleContext): Issue[];
}

export const issueAt = (
  code: string,
  severity: Severity,
  cell: CellRef,
  field: string | null,
  message: string
): Issue => ({
  code,
  severity,
  sheet: cell.sheet,
  cell: addressOf(cell),
  row: cell.row,
  column: columnLetter(cell.column),
  field,
  value: cell.value,
  message,
});

/** A CellRef for any cell of the snapshot (for rules that start from row notes or tables). */
export const refIn = (
  snapshot: WorkbookSnapshot,
  sheet: string,
  row: number,
  column: number
): CellRef => {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  return {
    sheet,
    row,
    column,
    value: found ? cellAt(found, row, column) : null,
  };
};

/** Short, quoted cell text for messages (long progress notes would drown the sentence). */
export const quote = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  // Cut before the ellipsis without leaving a space in front of it ("with …" reads as a typo).
  return `"${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}"`;
};
