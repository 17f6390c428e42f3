import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 32: impossible as d/m/y; a suggestion is offered, never applied.
export const dateInvalid = timescaleFlagRule(
  "date-invalid",
  "error",
  "Impossible date",
  (action, text) =>
    `${who(action)} has "${text}", which is not a real day/month/year date${action.timescale.suggestion ? ` (did you mean ${action.timescale.suggestion}?)` : ""}. Correct the date.`
);
