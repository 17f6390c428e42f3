import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { Mapping } from "../core/mapping/mapping";
import type { Measure } from "../core/model/measure";
import type { IsoDate } from "../core/model/timescale";
import type { PlanModel } from "../core/parse/plan-model";
import type { WorkbookKindReading } from "../core/parse/workbook-kind";
import type { LevelSet } from "../core/rag/level-presets";
import { ratePlan, type RagResult } from "../core/rag/rate-plan";
import type { RagPolicy, ToleranceRule } from "../core/rag/rag-policy";
import { leftMergedSentence } from "../core/rag/write/left-merged-sentence";
import { ragWritePlan, ratingCellsLeftMerged } from "../core/rag/write/rag-write-plan";
import type { RatingsSetting } from "../core/rag/write/ratings-setting";
import { err, ok, type Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { readPlan } from "./analyse-workbook";
import { notAPlanRefusal, type NotAPlanPolicy } from "./not-a-plan";
import type { OnPhase } from "./phases";
import {
  levelsOf,
  measureSettingsOf,
  policyOf,
  ratingsOf,
  toleranceOf,
  type PlanSettings,
} from "./plan-settings";

export interface RateOptions {
  asOf: IsoDate;
  /** Overrides the mapping's policy (and the defaults) when given. */
  policy?: RagPolicy;
  /** Reporting period to rate measures on; default each measure's latest. */
  period?: string;
  /** A mapping to use instead of the workbook's stored one (`--schema`). */
  mapping?: Mapping;
  /** Refuse (the default) or rate anyway a workbook that holds nothing to rate. */
  notAPlan?: NotAPlanPolicy;
}

export interface Rated {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
  result: RagResult;
  levels: LevelSet;
  /** The mapping in force and where it came from. */
  settings: PlanSettings;
  /** Each measure's tolerance as rated (its own from the mapping, else the plan's), for highlighting. */
  toleranceOf: (measure: Measure) => ToleranceRule;
  /** What kind of workbook it is. */
  kind: WorkbookKindReading;
}

/**
 * Read and rate, without writing: what the RAG view shows before anything is written. A workbook
 * with nothing to rate is refused with its one sentence, never rated into a roll-up of zeros.
 */
export const rateWorkbook = async (
  gateway: WorkbookGateway,
  options: RateOptions,
  onPhase?: OnPhase
): Promise<Result<Rated, GatewayError>> => {
  const plan = await readPlan(gateway, options.mapping, onPhase);
  if (!plan.ok) return plan;
  const refusal = notAPlanRefusal(plan.value.kind, options.notAPlan);
  if (refusal) return err(refusal);
  const { snapshot, model, settings, kind } = plan.value;
  onPhase?.({ phase: "rating", actions: model.actions.length, measures: model.measures.length });
  const policy = policyOf(settings, options.policy);
  const result = ratePlan(model, {
    asOf: options.asOf,
    policy,
    period: options.period,
    measureSettings: measureSettingsOf(settings),
  });
  return ok({
    snapshot,
    model,
    result,
    levels: levelsOf(settings, model),
    settings,
    toleranceOf: toleranceOf(settings, policy),
    kind,
  });
};

export interface WriteRatingsOptions extends RateOptions {
  /** Where Plan Tracker's ratings go; default the mapping's setting (a column of its own beside the owners'). */
  ratings?: RatingsSetting;
  highlight?: boolean;
  dropdowns?: boolean;
}

/**
 * Refresh RAG and write it back (docs/HISTORY.md#issue-3-7): rate from a fresh read (never a cached snapshot,
 * docs/EXCEL.md#coauthoring), then apply one WritePlan through the gateway, which re-checks the cells it writes.
 */
export const writeRatings = async (
  gateway: WorkbookGateway,
  options: WriteRatingsOptions,
  onProgress?: (done: number, total: number) => void,
  onPhase?: OnPhase
): Promise<Result<Rated & { applied: ApplyReport }, GatewayError>> => {
  // Writing ratings into a workbook with nothing to rate is always refused, whatever the caller asked.
  const rated = await rateWorkbook(gateway, { ...options, notAPlan: "refuse" }, onPhase);
  if (!rated.ok) return rated;
  const { snapshot, model, result, levels } = rated.value;
  const ratings = options.ratings ?? ratingsOf(rated.value.settings);
  const plan = ragWritePlan(snapshot, model, result, {
    levels,
    ratings,
    highlight: options.highlight ?? true,
    dropdowns: options.dropdowns ?? true,
    toleranceOf: rated.value.toleranceOf,
  });
  const applied = await gateway.apply(plan, onProgress);
  if (!applied.ok) return err(applied.error);
  // Cells left because they are merged with another column's are said with what the host could not do, where the pane and the CLI show it.
  const leftMerged = leftMergedSentence(ratingCellsLeftMerged(snapshot, model, result, ratings));
  if (leftMerged === null) return ok({ ...rated.value, applied: applied.value });
  return ok({
    ...rated.value,
    applied: { ...applied.value, skipped: [...(applied.value.skipped ?? []), leftMerged] },
  });
};
