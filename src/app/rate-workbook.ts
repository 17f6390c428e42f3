import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { Metric } from "../core/model/metric";
import type { IsoDate } from "../core/model/timescale";
import type { PlanModel } from "../core/parse/plan-model";
import { LEVEL_PRESETS, type LevelSet } from "../core/rag/level-presets";
import { ratePlan, type RagResult } from "../core/rag/rate-plan";
import { DEFAULT_RAG_POLICY, type RagPolicy } from "../core/rag/rag-policy";
import { ragWritePlan } from "../core/rag/write/rag-write-plan";
import { err, ok, type Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { readPlan } from "./analyse-workbook";

export interface RateOptions {
  asOf: IsoDate;
  policy?: RagPolicy;
  /** Reporting period to rate measures on; default each measure's latest. */
  period?: string;
}

export interface Rated {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
  result: RagResult;
  levels: LevelSet;
}

/** Read and rate, without writing: what the RAG view shows before anything is written. */
export const rateWorkbook = async (gateway: WorkbookGateway, options: RateOptions): Promise<Result<Rated, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model } = plan.value;
  const policy = options.policy ?? DEFAULT_RAG_POLICY;
  const result = ratePlan(model, { asOf: options.asOf, policy, period: options.period });
  return ok({ snapshot, model, result, levels: LEVEL_PRESETS[model.layout] });
};

export interface WriteRatingsOptions extends RateOptions {
  writeStatusColumn?: boolean;
  highlight?: boolean;
  dropdowns?: boolean;
}

/**
 * Refresh RAG and write it back (issue #3 §7): rate from a fresh read (never a cached snapshot,
 * DESIGN §4.6), then apply one WritePlan through the gateway, which re-checks the cells it writes.
 */
export const writeRatings = async (
  gateway: WorkbookGateway,
  options: WriteRatingsOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<Rated & { applied: ApplyReport }, GatewayError>> => {
  const rated = await rateWorkbook(gateway, options);
  if (!rated.ok) return rated;
  const { snapshot, model, result, levels } = rated.value;
  const policy = options.policy ?? DEFAULT_RAG_POLICY;
  const plan = ragWritePlan(snapshot, model, result, {
    levels,
    writeStatusColumn: options.writeStatusColumn ?? true,
    highlight: options.highlight ?? true,
    dropdowns: options.dropdowns ?? true,
    toleranceOf: (_metric: Metric) => policy.tolerance,
  });
  const applied = await gateway.apply(plan, onProgress);
  if (!applied.ok) return err(applied.error);
  return ok({ ...rated.value, applied: applied.value });
};
