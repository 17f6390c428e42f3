import type { Action } from "../../model/action";
import { isBlank } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// Thurrock has Lead and Responsible Officer columns (docs/LAYOUTS.md#thurrock): a named Responsible Officer is
// someone accountable even when Lead is empty (as missing-label accepts either column).
const hasResponsibleOfficer = (action: Action): boolean =>
  !isBlank(action.cells.responsibleOfficer?.value ?? null);

// The owner rules' one reading of the plan's owner cells, less the actions with a Responsible
// Officer (rather than a copy of the model without them, which read every owner cell again).
const actionOwners = ownerFlagRule(
  "owner-missing",
  "error",
  "No owner or lead",
  (action) => `${who(action)} has no owner. Enter the one person accountable for it.`,
  (action) => !hasResponsibleOfficer(action)
);

/** docs/RULES.md rule 20: every action needs someone accountable, and so does every workstream ("Lead:" left empty). */
export const ownerMissing: ValidationRule = {
  ...actionOwners,
  check: (context) => {
    const issues: Issue[] = actionOwners.check(context);
    for (const group of context.model.groups)
      if (group.leadCell && group.lead === null)
        issues.push(
          issueAt(
            "owner-missing",
            "error",
            group.leadCell,
            "owner",
            `Workstream ${group.label} has no lead after "Lead:". Name the person who leads it.`
          )
        );
    return issues;
  },
};
