import type { Action } from "../../model/action";
import { parseOwners, type OwnerReading } from "../../parse/parse-owners";
import type { PlanModel } from "../../parse/plan-model";
import type { Issue, Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { indexByFlag } from "./flag-index";
import { cached } from "./tables";
import { who } from "./timescale-flag-rule";

type OwnerFlag = OwnerReading["flags"][number];

/** Rules raised by the owner reader's flags (docs/RULES.md rules 20–25), one per flag. */
export const ownerFlagRule = (
  flag: OwnerFlag,
  severity: Severity,
  title: string,
  message: (action: Action, reading: OwnerReading) => string,
  // Which flagged actions the rule reports (owner-missing passes over a named Responsible Officer).
  reports: (action: Action) => boolean = () => true
): ValidationRule => ({
  code: flag,
  severity,
  title,
  check: ({ model }) => {
    const issues: Issue[] = [];
    for (const { action, reading } of ownersFlagged(model, flag))
      if (reports(action))
        issues.push(
          issueAt(flag, severity, action.cells.owner!, "owner", message(action, reading))
        );
    return issues;
  },
});

interface FlaggedOwner {
  action: Action;
  reading: OwnerReading;
}

// Detection keeps each owner cell's reading; one made here is made at most twice, only for an action
// whose owner cell detection did not read.
const readingOf = (action: Action): OwnerReading =>
  action.ownerReading ?? parseOwners(action.ownerText);

// The actions (with an owner cell, not placeholders) under each owner flag, once per model.
const flaggedByModel = new WeakMap<PlanModel, Map<OwnerFlag, FlaggedOwner[]>>();
const ownersFlagged = (model: PlanModel, flag: OwnerFlag): FlaggedOwner[] =>
  cached(flaggedByModel, model, () =>
    indexByFlag(
      model.actions,
      (action) =>
        action.placeholder || action.cells.owner === undefined ? null : readingOf(action).flags,
      (action) => ({ action, reading: readingOf(action) })
    )
  ).get(flag) ?? [];

export { who };
