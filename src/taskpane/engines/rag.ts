import { ratingsOf } from "../../app/plan-settings";
import { rateWorkbook, writeRatings, type Rated } from "../../app/rate-workbook";
import type { ApplyReport, GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Measure } from "../../core/model/measure";
import type { IsoDate } from "../../core/model/timescale";
import { actualCellLevels, type CellLevel } from "../../core/rag/actual-cell-levels";
import type { LevelSet } from "../../core/rag/level-presets";
import type { RagResult } from "../../core/rag/rate-plan";
import { reconcile, type Reconciliation } from "../../core/rag/reconcile";
import { DEFAULT_RAG_POLICY, type ToleranceRule } from "../../core/rag/rag-policy";
import { HISTORY_SHEET } from "../../core/rag/write/owned-sheets";
import { periodSnapshotPlan } from "../../core/rag/write/period-snapshot";
import { err, ok, type Result } from "../../core/result";
import { writing, type OnRunProgress } from "../progress/run-progress";
import { planFacts, type PlanFacts } from "../components/rag/plan-facts";

/**
 * What the RAG view asks of the workbook, in one module fetched on first use (like the Validate
 * run): the pane opens without parsing the rating rules, and the view never touches the core's
 * write plans itself. Every operation reads afresh first; a snapshot read earlier is never trusted
 * for a write, because a co-author may have changed the plan since (docs/EXCEL.md#coauthoring). It runs in the
 * engine's worker (src/taskpane/worker), so what it answers is plain data the views read, never the
 * snapshot, the model or a function.
 */

export interface RagRequest {
  asOf: IsoDate;
  /** A reporting period label ("Jun 22"); absent for each measure's latest period with a value. */
  period?: string;
}

/** What Refresh RAG writes besides the ratings, which go where the mapping says (docs/HISTORY.md#issue-11-1). */
export interface RefreshRequest extends RagRequest {
  highlight: boolean;
  dropdowns: boolean;
}

export interface RagRun {
  /** The plan's ratings: roll-ups, exceptions and every rated action and measure with its reason. */
  result: RagResult;
  /** The plan's own level words, glyphs and colours. */
  levels: LevelSet;
  /** What the view's choices depend on (a RAG column to fill, the measures' periods). */
  facts: PlanFacts;
  /** Owners' ratings against Plan Tracker's: how many agree and each that does not (docs/HISTORY.md#issue-11-2). */
  reconciliation: Reconciliation;
  /** Every Actual cell against its own Target: what the conditional formats show in Excel. */
  cellLevels: CellLevel[];
  /** What Refresh wrote; null after Rate, which writes nothing. */
  applied: ApplyReport | null;
}

export interface PeriodRecorded {
  label: string;
  sheet: string;
  actions: number;
}

/** Why a period snapshot was not taken: refused (the period is already recorded) or a failed write. */
export interface PeriodNotRecorded {
  refused: boolean;
  message: string;
}

/**
 * Each measure's tolerance as it was rated: the plan's own per-measure setting where the rating code
 * provides one (a stored mapping can set it), else the default policy's, so the grid shows what the
 * conditional formats written into the workbook show.
 */
const toleranceOf = (rated: Rated & { toleranceOf?: (measure: Measure) => ToleranceRule }) =>
  rated.toleranceOf ?? (() => DEFAULT_RAG_POLICY.tolerance);

const runOf = (rated: Rated, applied: ApplyReport | null): RagRun => ({
  result: rated.result,
  levels: rated.levels,
  facts: planFacts(rated.snapshot, rated.model, ratingsOf(rated.settings)),
  reconciliation: reconcile(rated.result),
  cellLevels: actualCellLevels(rated.result.measures, toleranceOf(rated)),
  applied,
});

export const rate = async (
  gateway: WorkbookGateway,
  request: RagRequest,
  onProgress?: OnRunProgress
): Promise<Result<RagRun, GatewayError>> => {
  const rated = await rateWorkbook(gateway, request, onProgress);
  return rated.ok ? ok(runOf(rated.value, null)) : rated;
};

export const refresh = async (
  gateway: WorkbookGateway,
  request: RefreshRequest,
  onProgress?: OnRunProgress
): Promise<Result<RagRun, GatewayError>> => {
  const written = await writeRatings(gateway, request, writing(onProgress), onProgress);
  if (!written.ok) return written;
  const { applied, ...rated } = written.value;
  return ok(runOf(rated, applied));
};

/** Record this period's ratings in the history sheet; an earlier period is never overwritten. */
export const recordPeriod = async (
  gateway: WorkbookGateway,
  request: RagRequest & { label: string },
  onProgress?: OnRunProgress
): Promise<Result<PeriodRecorded, PeriodNotRecorded>> => {
  const rated = await rateWorkbook(gateway, request, onProgress);
  if (!rated.ok) return err({ refused: false, message: rated.error.message });
  const { snapshot, result, levels } = rated.value;
  const plan = periodSnapshotPlan(snapshot, result, levels, request.label);
  if (!plan.ok) return err({ refused: true, message: plan.error });
  const applied = await gateway.apply(plan.value, writing(onProgress));
  if (!applied.ok) return err({ refused: false, message: applied.error.message });
  return ok({ label: request.label, sheet: HISTORY_SHEET, actions: result.actions.length });
};
