import type { PlanModel } from "../../../core/parse/plan-model";
import { statusColumns } from "../../../core/rag/write/status-column";
import { metricPeriodLabels } from "./metric-periods";

/** What the RAG view's choices depend on, known once the plan has been read (by Validate or a Rate). */
export interface PlanFacts {
  /** The plan has its own RAG column that Refresh can fill (BCP); Thurrock and the scorecard do not. */
  hasStatusColumn: boolean;
  /** The measures' reporting periods, latest first. */
  periods: string[];
}

export const planFacts = (model: PlanModel): PlanFacts => ({
  hasStatusColumn: statusColumns(model).length > 0,
  periods: metricPeriodLabels(model.metrics),
});
