import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// DOMAIN §9 rule 31: both parts ≤ 12, read day first (UK).
export const dateAmbiguous = timescaleFlagRule("date-ambiguous", "warning", "Date that reads both ways", (action, text) =>
  `${who(action)} has "${text}", which could be day/month or month/day; it is read as ${action.timescale.due} (day first, UK). Write the month as a word to be sure.`,
);
