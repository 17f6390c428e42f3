import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 30: "Sept 22" is read as September 2022.
export const twoDigitYear = timescaleFlagRule(
  "two-digit-year",
  "info",
  "Two-digit year after a month",
  (action, text) =>
    `${who(action)} has "${text}": the two digits are read as a year (${action.timescale.due ?? action.timescale.start}). Write the year in full to be unambiguous.`
);
