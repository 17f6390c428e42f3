import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// docs/RULES.md rule 24: "TBC", "?" or a post not yet filled.
export const ownerPlaceholder = ownerFlagRule(
  "owner-placeholder",
  "warning",
  "Owner still to be confirmed",
  (action, reading) =>
    `${who(action)} has an owner still to be confirmed (${reading.placeholders.map((p) => `"${p}"`).join(", ")}). Confirm who owns it.`
);
