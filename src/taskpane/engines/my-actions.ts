import { listMyActions as listMine, type MyActionsRun } from "../../app/my-actions";
import {
  updateAction as update,
  updateForm as form,
  type UpdateDone,
  type UpdateForm,
} from "../../app/update-action";
import type { WorkbookGateway } from "../../core/gateway";
import type { IsoDate } from "../../core/model/timescale";
import { err, ok, type Result } from "../../core/result";
import type { ActionUpdate } from "../../core/updates/action-update";
import type { LevelSet } from "../../core/rag/level-presets";
import type { MyActions } from "../../core/updates/my-actions";

/**
 * What My actions asks of the workbook, as engine operations: each reads afresh, and answers plain
 * data the view shows (a sentence when it cannot), never the snapshot or the model.
 */

export interface MyActionsAnswer {
  /** Everyone the plan names, variants merged, for the picker (name and how many actions). */
  people: { name: string; actions: number; leads: number }[];
  mine: MyActions | null;
  levels: LevelSet;
}

const peopleOf = (run: MyActionsRun): MyActionsAnswer["people"] =>
  run.people.map((person) => ({
    name: person.name,
    actions: person.actions,
    leads: person.leads.length,
  }));

export const listMyActions = async (
  gateway: WorkbookGateway,
  request: { asOf: IsoDate; person?: string }
): Promise<Result<MyActionsAnswer, string>> => {
  const run = await listMine(gateway, request);
  return run.ok
    ? ok({ people: peopleOf(run.value), mine: run.value.mine, levels: run.value.levels })
    : err(run.error.message);
};

export const loadUpdateForm = async (
  gateway: WorkbookGateway,
  request: { sheet: string; row: number }
): Promise<Result<UpdateForm, string>> => {
  const loaded = await form(gateway, request.sheet, request.row);
  return loaded.ok ? loaded : err(loaded.error.message);
};

export const updateMyAction = async (
  gateway: WorkbookGateway,
  request: { update: ActionUpdate; today: IsoDate; asOf: IsoDate }
): Promise<Result<UpdateDone, string>> => {
  const done = await update(gateway, request.update, request.today, request.asOf);
  return done.ok ? done : err(done.error.message);
};
