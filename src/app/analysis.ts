import type { PlanModel } from "../core/parse/plan-model";
import type { WorkbookKindReading } from "../core/parse/workbook-kind";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import type { Issue, IssueSummary } from "../core/validate/issue";
import type { PlanSettings } from "./plan-settings";

/** Everything one Validate run produces: what was understood and what is wrong, cell by cell. */
export interface Analysis {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
  issues: Issue[];
  summary: IssueSummary;
  /** The mapping in force for this run (stored, detected or given) — what the Mapping view shows. */
  settings?: PlanSettings;
  /** What kind of workbook it is (a plan, unless the run was asked to read on regardless). */
  kind?: WorkbookKindReading;
}
