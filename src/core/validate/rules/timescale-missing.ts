import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 26: without a date an action can never be overdue, so it is never rated green.
export const timescaleMissing = timescaleFlagRule(
  "timescale-missing",
  "error",
  "Blank timescale",
  (action) =>
    `${who(action)} has no timescale, so it cannot be rated or reported as overdue. Enter a due date such as "By June 2023" or "30/06/2023".`
);
