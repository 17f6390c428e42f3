import type { PlanModel } from "../parse/plan-model";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { Issue } from "./issue";

// Placeholder while the rule catalogue is being written.
export const validatePlan = (_snapshot: WorkbookSnapshot, _model: PlanModel): Issue[] => [];
