import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { ownerFlagRule, who } from "../shared/owner-flag-rule";

const actionOwners = ownerFlagRule("owner-missing", "error", "No owner or lead", (action) =>
  `${who(action)} has no owner. Enter the one person accountable for it.`,
);

/** DOMAIN §9 rule 20: every action needs someone accountable, and so does every workstream ("Lead:" left empty). */
export const ownerMissing: ValidationRule = {
  ...actionOwners,
  check: (context) => {
    const issues: Issue[] = actionOwners.check(context);
    for (const group of context.model.groups)
      if (group.leadCell && group.lead === null)
        issues.push(issueAt("owner-missing", "error", group.leadCell, "owner",
          `Workstream ${group.label} has no lead after "Lead:". Name the person who leads it.`));
    return issues;
  },
};
