import type { Action } from "../../model/action";
import type { TimescaleFlag } from "../../model/timescale";
import type { PlanModel } from "../../parse/plan-model";
import type { Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

/** Rules raised by the timescale grammar's flags (DOMAIN §4, §9 rules 26–35), one per flag. */
export const timescaleFlagRule = (
  flag: TimescaleFlag,
  severity: Severity,
  title: string,
  message: (action: Action, text: string) => string,
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

// The actions (with a due cell, not placeholders) under each timescale flag, sorted once per model for
// the ten rules that ask, rather than each rule scanning every action.
const flaggedByModel = new WeakMap<PlanModel, Map<TimescaleFlag, Action[]>>();
const actionsFlagged = (model: PlanModel, flag: TimescaleFlag): Action[] => {
  let byFlag = flaggedByModel.get(model);
  if (!byFlag) {
    byFlag = new Map();
    flaggedByModel.set(model, byFlag);
    for (const action of model.actions) {
      if (action.placeholder || action.cells.due === undefined) continue;
      const flags = action.timescale.flags;
      for (let i = 0; i < flags.length; i += 1) {
        const each = flags[i];
        if (flags.indexOf(each) !== i) continue; // a flag written twice is still one issue
        const list = byFlag.get(each);
        if (list) list.push(action);
        else byFlag.set(each, [action]);
      }
    }
  }
  return byFlag.get(flag) ?? [];
};

export const who = (action: Action): string => (action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`);
