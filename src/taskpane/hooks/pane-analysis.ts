import type { Analysis } from "../../app/analysis";
import { headerMovesSentence } from "../../core/mapping/follow-moved-headers";
import type { PlanModel, UnmappedNote } from "../../core/parse/plan-model";
import type { Issue, IssueSummary } from "../../core/validate/issue";
import { ratingsOf } from "../../app/plan-settings";
import { DEFAULT_RATINGS_SETTING } from "../../core/rag/write/ratings-setting";
import { planFacts, type PlanFacts } from "../components/rag/plan-facts";

/**
 * What the pane shows of one Validate run, and nothing more. The full Analysis carries the snapshot
 * and the model (tens of megabytes on a large plan) and the mapping's functions, which cannot cross
 * from the engine's worker; the views read only these (docs/HISTORY.md#issue-6: the pane never busy for a second).
 */
export interface PaneAnalysis {
  /** The workbook's sheet names in order: issues are grouped by sheet in this order. */
  sheets: string[];
  layout: PlanModel["layout"];
  actions: number;
  measures: number;
  /** What was seen but not mapped, said plainly. */
  unmapped: UnmappedNote[];
  issues: Issue[];
  summary: IssueSummary;
  /** What the RAG view's choices depend on, so it can offer them before its first Rate. */
  facts: PlanFacts;
  /** One sentence when the stored mapping's tables were followed to new rows (rows added above them since it was saved). */
  headerMoves?: string;
}

export const paneAnalysisOf = ({
  snapshot,
  model,
  issues,
  summary,
  settings,
}: Analysis): PaneAnalysis => ({
  sheets: snapshot.sheets.map((sheet) => sheet.name),
  layout: model.layout,
  actions: model.actions.length,
  measures: model.measures.length,
  unmapped: model.unmapped,
  issues,
  summary,
  facts: planFacts(snapshot, model, settings ? ratingsOf(settings) : DEFAULT_RATINGS_SETTING),
  ...(settings?.headerMoves !== undefined
    ? { headerMoves: headerMovesSentence(settings.headerMoves) }
    : {}),
});
