import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 33: a bare month gets no inferred year.
export const dateNoYear = timescaleFlagRule(
  "date-no-year",
  "error",
  "Date with no year",
  (action, text) =>
    `${who(action)} is due "${text}" with no year, so Plan Tracker cannot tell when it is due. Add the year.`
);
