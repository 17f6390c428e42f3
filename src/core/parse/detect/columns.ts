import type { PlanField } from "../../model/plan-field";
import type { DetectedTable } from "../plan-model";

/** The first column a table maps to a field, or null when the table has none. */
export const columnFor = (table: DetectedTable, field: PlanField): number | null =>
  table.columns.find((c) => c.field === field)?.column ?? null;

// A heading that revises a due date: "Revised deadline", "New target date", "Forecast completion".
const REVISES =
  /\b(?:revised|new|amended|updated|rescheduled|re-?profiled|forecast|current|latest)\b/i;

/** Whether a due-date heading says it revises another ("Revised target date"). */
export const revisesDue = (header: string): boolean => REVISES.test(header);

/**
 * A table's due column and, when it keeps one beside it, the column that revises it ("Target date"
 * then "Revised date"): where the revised cell is filled it is the action's due date, and the
 * original becomes a revision, as when both are written in one cell.
 */
export const dueColumns = (
  table: DetectedTable
): { due: number | null; revised: number | null } => {
  const dues = table.columns.filter((c) => c.field === "due");
  const revised = dues.length > 1 ? (dues.find((c) => revisesDue(c.header)) ?? null) : null;
  const due = dues.find((c) => c !== revised) ?? null;
  return { due: due?.column ?? null, revised: revised?.column ?? null };
};
