import type { Action } from "../../model/action";
import { parseOwners, type OwnerReading } from "../../parse/parse-owners";
import type { PlanModel } from "../../parse/plan-model";
import type { Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { who } from "./timescale-flag-rule";

type OwnerFlag = OwnerReading["flags"][number];

/** Rules raised by the owner reader's flags (DOMAIN §9 rules 20–25), one per flag. */
export const ownerFlagRule = (
  flag: OwnerFlag,
  severity: Severity,
  title: string,
  message: (action: Action, reading: OwnerReading) => string,
): ValidationRule => ({
  code: flag,
  severity,
  title,
  check: ({ model }) =>
    ownersFlagged(model, flag).map(({ action, reading }) => issueAt(flag, severity, action.cells.owner!, "owner", message(action, reading))),
});

interface FlaggedOwner {
  action: Action;
  reading: OwnerReading;
}

// The actions (with an owner cell, not placeholders) under each owner flag, sorted once per model for
// the six rules that ask, rather than each rule scanning every action.
const flaggedByModel = new WeakMap<PlanModel, Map<OwnerFlag, FlaggedOwner[]>>();
const ownersFlagged = (model: PlanModel, flag: OwnerFlag): FlaggedOwner[] => {
  let byFlag = flaggedByModel.get(model);
  if (!byFlag) {
    byFlag = new Map();
    flaggedByModel.set(model, byFlag);
    for (const action of model.actions) {
      if (action.placeholder || action.cells.owner === undefined) continue;
      const reading = action.ownerReading ?? parseOwners(action.ownerText);
      const flags = reading.flags;
      for (let i = 0; i < flags.length; i += 1) {
        if (flags.indexOf(flags[i]) !== i) continue; // a flag written twice is still one issue
        const list = byFlag.get(flags[i]);
        if (list) list.push({ action, reading });
        else byFlag.set(flags[i], [{ action, reading }]);
      }
    }
  }
  return byFlag.get(flag) ?? [];
};

export { who };
