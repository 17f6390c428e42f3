import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 28: "Ongoing" and "from … onwards" are never overdue by date alone.
export const timescaleOpen = timescaleFlagRule(
  "timescale-open",
  "info",
  "Open-ended timescale",
  (action, text) =>
    `${who(action)} is open-ended ("${text}"), so it is never overdue by date; it is rated on whether progress is recorded each period.`
);
