import type { GatewayError, WorkbookGateway } from "../core/gateway";
import type { IsoDate } from "../core/model/timescale";
import type { LevelSet } from "../core/rag/level-presets";
import { err, ok, type Result } from "../core/result";
import { myActions, type MyActions } from "../core/updates/my-actions";
import { findPerson, peopleOf, type PlanPerson } from "../core/updates/people";
import type { OnPhase } from "./phases";
import { rateWorkbook } from "./rate-workbook";

export interface MyActionsRequest {
  asOf: IsoDate;
  /** The name the person picked (remembered on their machine); absent to list the people only. */
  person?: string;
}

export interface MyActionsRun {
  /** Everyone the plan names, variants merged, for the picker. */
  people: PlanPerson[];
  /** The picked person's actions, or null when no one is picked or the plan no longer names them. */
  mine: MyActions | null;
  /** The plan's own level words, glyphs and colours. */
  levels: LevelSet;
}

/**
 * My actions: read and rate afresh, then one person's actions in the five lists an owner works
 * through. Nothing is written.
 */
export const listMyActions = async (
  gateway: WorkbookGateway,
  request: MyActionsRequest,
  onPhase?: OnPhase
): Promise<Result<MyActionsRun, GatewayError>> => {
  const rated = await rateWorkbook(gateway, { asOf: request.asOf }, onPhase);
  if (!rated.ok) return err(rated.error);
  const people = peopleOf(rated.value.model);
  const person = request.person === undefined ? null : findPerson(people, request.person);
  return ok({
    people,
    mine: person === null ? null : myActions(rated.value.result, person),
    levels: rated.value.levels,
  });
};
