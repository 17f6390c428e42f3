import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// DOMAIN §9 rule 27: text outside the timescale grammar of DOMAIN §4.
export const timescaleUnparseable = timescaleFlagRule("timescale-unparseable", "error", "Timescale that is not a date", (action, text) =>
  `${who(action)} has the timescale "${text}", which is not a date Plan Tracker can read. Write it as a month ("June 2023"), a date ("30/06/2023"), a season ("Autumn 2023") or "Ongoing".`,
);
