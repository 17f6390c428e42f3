import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { IsoDate } from "../core/model/timescale";
import { err, ok, type Result } from "../core/result";
import {
  actualsWritePlan,
  periodActuals,
  type PeriodActuals,
  type PlannedActuals,
  type TypedActual,
} from "../core/updates/period-actuals";
import { readPlan } from "./analyse-workbook";
import type { LevelSet } from "../core/rag/level-presets";
import { levelsOf, policyOf, toleranceOf } from "./plan-settings";
import type { UpdateRefused } from "./update-action";

/** This period's actuals: the measures that take a value for the period, from a fresh read. */
export const listPeriodActuals = async (
  gateway: WorkbookGateway,
  period?: string
): Promise<Result<PeriodActuals & { levels: LevelSet }, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { model, settings } = plan.value;
  return ok({
    ...periodActuals(model, toleranceOf(settings, policyOf(settings)), period),
    levels: levelsOf(settings, model),
  });
};

export interface ActualsDone {
  written: PlannedActuals["written"];
  applied: ApplyReport;
}

/**
 * Write the values an officer typed for a period: a fresh read, every value checked (number,
 * percentage, plausible for the measure) before anything is written, then one guarded write that
 * Undo last run can put back.
 */
export const enterActuals = async (
  gateway: WorkbookGateway,
  period: string,
  typed: readonly TypedActual[],
  today: IsoDate
): Promise<Result<ActualsDone, GatewayError | UpdateRefused>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model, settings } = plan.value;
  const planned = actualsWritePlan(
    snapshot,
    model,
    period,
    typed,
    toleranceOf(settings, policyOf(settings)),
    today
  );
  if (!planned.ok) return err({ kind: "refused", message: planned.error });
  const applied = await gateway.apply(planned.value.plan);
  if (!applied.ok) return applied;
  return ok({ written: planned.value.written, applied: applied.value });
};
