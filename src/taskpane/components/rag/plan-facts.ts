import type { PlanModel } from "../../../core/parse/plan-model";
import {
  ratingsDestination,
  type RatingsDestination,
} from "../../../core/rag/write/ratings-destination";
import type { RatingsSetting } from "../../../core/rag/write/ratings-setting";
import { statusColumns } from "../../../core/rag/write/status-column";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import { measurePeriodLabels } from "./measure-periods";

/** What the RAG view's choices depend on, known once the plan has been read (by Validate or a Rate). */
export interface PlanFacts {
  /** The plan has its own RAG column that dropdowns can go on (BCP); Thurrock and the scorecard do not. */
  hasStatusColumn: boolean;
  /** The measures' reporting periods, latest first. */
  periods: string[];
  /** Where Refresh RAG would put Plan Tracker's ratings, shown before it is pressed. */
  destination: RatingsDestination;
}

export const planFacts = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  ratings: RatingsSetting
): PlanFacts => ({
  hasStatusColumn: statusColumns(model).length > 0,
  periods: measurePeriodLabels(model.measures),
  destination: ratingsDestination(snapshot, model, ratings),
});
