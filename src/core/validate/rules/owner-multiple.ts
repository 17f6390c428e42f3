import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// docs/RULES.md rule 21: one accountable owner is required; several names dilute accountability.
export const ownerMultiple = ownerFlagRule(
  "owner-multiple",
  "warning",
  "More than one owner",
  (action, reading) =>
    `${who(action)} names ${reading.owners.length} owners (${reading.owners.join("; ")}). Name one accountable owner and list the others as contributors.`
);
