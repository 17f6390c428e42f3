import {
  enterActuals as enter,
  listPeriodActuals,
  type ActualsDone,
} from "../../app/period-actuals";
import type { WorkbookGateway } from "../../core/gateway";
import type { IsoDate } from "../../core/model/timescale";
import type { LevelSet } from "../../core/rag/level-presets";
import { err, type Result } from "../../core/result";
import type { PeriodActuals, TypedActual } from "../../core/updates/period-actuals";

/** This period's actuals as engine operations: plain data in and out, a sentence when it cannot. */

export type ActualsAnswer = PeriodActuals & { levels: LevelSet };

export const listActuals = async (
  gateway: WorkbookGateway,
  request: { period?: string }
): Promise<Result<ActualsAnswer, string>> => {
  const listed = await listPeriodActuals(gateway, request.period);
  return listed.ok ? listed : err(listed.error.message);
};

export const enterPeriodActuals = async (
  gateway: WorkbookGateway,
  request: { period: string; values: TypedActual[]; today: IsoDate }
): Promise<Result<ActualsDone, string>> => {
  const done = await enter(gateway, request.period, request.values, request.today);
  return done.ok ? done : err(done.error.message);
};
