import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// docs/RULES.md rule 29: seasons and financial years are read as approximate dates.
export const timescaleApprox = timescaleFlagRule(
  "timescale-approx",
  "info",
  "Approximate timescale (season or financial year)",
  (action, text) =>
    `${who(action)} is due "${text}", read as ${action.timescale.due ?? action.timescale.start ?? "an approximate date"} (approximate). Give a month or a date if the board needs a firm deadline.`
);
