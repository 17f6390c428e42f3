import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { ActionRating } from "../core/rag/action-rag";
import { ratePlan } from "../core/rag/rate-plan";
import { err, ok, type Result } from "../core/result";
import { DEFAULT_DATE_POLICY, type DatePolicy, type IsoDate } from "../core/model/timescale";
import {
  actionUpdatePlan,
  type ActionUpdate,
  type ProgressMode,
  type WrittenCell,
} from "../core/updates/action-update";
import { statusChoices, type StatusChoices } from "../core/updates/status-choices";
import { updateCells } from "../core/updates/update-cells";
import { laidOver } from "../core/updates/laid-over";
import { readRevisedDate } from "../core/updates/revised-date";
import { detectPlan } from "../core/parse/detect-plan";
import { readPlan } from "./analyse-workbook";
import { detectOptionsOf, levelsOf, policyOf, progressModeOf } from "./plan-settings";

/** What the update form offers for one action: the plan's own statuses and which fields it has. */
export interface UpdateForm {
  sheet: string;
  row: number;
  title: string;
  status: (StatusChoices & { address: string; current: string }) | null;
  /** Where the note goes, and how by default (the mapping's `updates.progress`). */
  progress: { address: string; current: string; mode: ProgressMode } | null;
  due: { address: string; current: string } | null;
  percentComplete: { address: string; current: string } | null;
}

const text = (value: unknown): string =>
  value === null || value === undefined ? "" : String(value);

/** The form for one action, from a fresh read: which cells it has and the statuses to pick from. */
export const updateForm = async (
  gateway: WorkbookGateway,
  sheet: string,
  row: number
): Promise<Result<UpdateForm, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model, settings } = plan.value;
  const action = model.actions.find(
    (candidate) => candidate.sheet === sheet && candidate.row === row
  );
  if (!action)
    return err({
      kind: "changed-since-read",
      message: `Row ${row} of "${sheet}" is not an action Plan Tracker can find now; run the check again.`,
    });
  const found = updateCells(snapshot, model, action);
  if (!found.ok) return err({ kind: "changed-since-read", message: found.error });
  const { cells } = found.value;
  const levels = levelsOf(settings, model);
  const field = (cell: (typeof cells)[keyof typeof cells]) =>
    cell ? { address: cell.address, current: text(cell.value) } : null;
  const status = cells.status
    ? {
        ...statusChoices(found.value.sheet, model, cells.status, levels),
        address: cells.status.address,
        current: text(cells.status.value),
      }
    : null;
  const progress = cells.progress
    ? {
        address: cells.progress.address,
        current: text(cells.progress.value),
        mode: progressModeOf(settings),
      }
    : null;
  return ok({
    sheet,
    row,
    title: action.title,
    status,
    progress,
    due: field(cells.due),
    percentComplete: field(cells.percentComplete),
  });
};

/** Said back before a revised date is written: "30 Sep 2025", or the sentence saying why it cannot be read. */
export const echoRevisedDate = (
  typed: string,
  policy: DatePolicy = DEFAULT_DATE_POLICY
): Result<string, string> => {
  const read = readRevisedDate(typed, policy);
  return read.ok ? ok(read.value.asRead) : read;
};

/** An update refused before anything was written: a value the plan's rules reject, or nothing to do. */
export interface UpdateRefused {
  kind: "refused";
  message: string;
}

export interface UpdateDone {
  written: WrittenCell[];
  applied: ApplyReport;
  /** The action's rating after the update, as of the date asked. */
  rating: ActionRating | null;
}

/**
 * Update one action from the pane: a fresh read (never a cached snapshot, docs/EXCEL.md#coauthoring),
 * the update checked against the plan's rules, then only its cells written through the gateway,
 * which refuses protected sheets and cells a co-author changed and keeps what it overwrites for Undo.
 */
export const updateAction = async (
  gateway: WorkbookGateway,
  update: ActionUpdate,
  today: IsoDate,
  asOf: IsoDate
): Promise<Result<UpdateDone, GatewayError | UpdateRefused>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model, settings } = plan.value;
  const detect = detectOptionsOf(settings);
  // An update that does not say how its note goes follows the mapping.
  const withMode: ActionUpdate =
    update.note !== undefined && update.progressMode === undefined
      ? { ...update, progressMode: progressModeOf(settings) }
      : update;
  const planned = actionUpdatePlan(snapshot, model, withMode, {
    today,
    datePolicy: detect.datePolicy,
    levels: levelsOf(settings, model),
  });
  if (!planned.ok) return err({ kind: "refused", message: planned.error });
  const applied = await gateway.apply(planned.value.plan);
  if (!applied.ok) return applied;
  // The rating after the update, from the snapshot with the written cells laid over it: no second read.
  const after = detectPlan(laidOver(snapshot, planned.value.plan), detect);
  const rating =
    ratePlan(after, { asOf, policy: policyOf(settings) }).actions.find(
      (rated) => rated.action.sheet === update.sheet && rated.action.row === update.row
    )?.rating ?? null;
  return ok({ written: planned.value.written, applied: applied.value, rating });
};
