import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// DOMAIN §9 rule 20: every action needs someone accountable.
export const ownerMissing = ownerFlagRule("owner-missing", "error", "No owner or lead", (action) =>
  `${who(action)} has no owner. Enter the one person accountable for it.`,
);
