import type { PlanField } from "../../model/plan-field";
import type { DetectedTable } from "../plan-model";

/** The first column a table maps to a field, or null when the table has none. */
export const columnFor = (table: DetectedTable, field: PlanField): number | null =>
  table.columns.find((c) => c.field === field)?.column ?? null;
