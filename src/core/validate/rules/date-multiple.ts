import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 34: several dates in one cell are a revision history; the last is the due date.
export const dateMultiple = timescaleFlagRule(
  "date-multiple",
  "info",
  "Several dates in one timescale",
  (action) =>
    `${who(action)} has several dates; the last (${action.timescale.due}) is taken as the due date and the earlier ones (${action.timescale.revisions.join(", ")}) as revisions.`
);
