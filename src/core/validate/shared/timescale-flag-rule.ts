import type { Action } from "../../model/action";
import type { TimescaleFlag } from "../../model/timescale";
import type { PlanModel } from "../../parse/plan-model";
import type { Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { indexByFlag } from "./flag-index";
import { cached } from "./tables";

/** Rules raised by the timescale grammar's flags (docs/DATES.md, docs/RULES.md rules 26–35), one per flag. */
export const timescaleFlagRule = (
  flag: TimescaleFlag,
  severity: Severity,
  title: string,
  message: (action: Action, text: string) => string
): ValidationRule => ({
  code: flag,
  severity,
  title,
  check: ({ model }) =>
    actionsFlagged(model, flag).map((action) => {
      const cell = action.cells.due!;
      const text = cell.value === null ? "" : String(cell.value);
      return issueAt(flag, severity, cell, "due", message(action, text));
    }),
});

const flaggedByModel = new WeakMap<PlanModel, Map<TimescaleFlag, Action[]>>();

/** The actions (with a due cell, not placeholders) under each timescale flag, in plan order, once per model. */
export const actionsFlagged = (model: PlanModel, flag: TimescaleFlag): Action[] =>
  cached(flaggedByModel, model, () =>
    indexByFlag(
      model.actions,
      (action) =>
        action.placeholder || action.cells.due === undefined ? null : action.timescale.flags,
      (action) => action
    )
  ).get(flag) ?? [];

export const who = (action: Action): string =>
  action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`;
