import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// docs/RULES.md rule 22: a role, group or system is not a person who can be held to account.
export const ownerNotPerson = ownerFlagRule(
  "owner-not-person",
  "info",
  "Owner is a role, group or system",
  (action, reading) =>
    `${who(action)} is owned by ${reading.notPeople.map((n) => `"${n}"`).join(", ")}, which is a group, role or system rather than a person. Add the named person who answers for it.`
);
