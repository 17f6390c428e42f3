import type { PlanModel } from "../core/parse/plan-model";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import type { Issue, IssueSummary } from "../core/validate/issue";

/** Everything one Validate run produces: what was understood and what is wrong, cell by cell. */
export interface Analysis {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
  issues: Issue[];
  summary: IssueSummary;
}
