import { addressOf } from "../../model/address";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

/**
 * docs/RULES.md rule 49: percentages written several ways. Within one measure's series, a mix of
 * percentages and plain numbers ("94.6" beside "99.7%") is a warning: the scales may differ.
 */
export const percentFormat: ValidationRule = {
  code: "percent-format",
  severity: "warning",
  title: "Percentages and plain numbers mixed in one series",
  check: ({ model }) => {
    const issues: Issue[] = [];
    for (const measure of model.measures) {
      // Counted in a loop over target then actual of each period, with no arrays per measure: a
      // plan's measures hold tens of thousands of values and nearly every series is all one way.
      let percents = 0;
      let plain = 0;
      for (let p = 0; p < measure.periods.length; p += 1) {
        const period = measure.periods[p];
        if (period.target !== null) {
          if (period.target.percent) percents += 1;
          else plain += 1;
        }
        if (period.actual !== null) {
          if (period.actual.percent) percents += 1;
          else plain += 1;
        }
      }
      if (percents === 0 || plain === 0) continue;
      // The rarer way is reported (plain numbers on a tie), value by value in series order.
      const oddArePercents = percents < plain;
      for (const period of measure.periods)
        for (const value of [period.target, period.actual])
          if (value !== null && Boolean(value.percent) === oddArePercents)
            issues.push(
              issueAt(
                "percent-format",
                "warning",
                value.cell,
                "period",
                `"${measure.name}" mixes percentages and plain numbers; ${addressOf(value.cell)} is ${value.percent ? "a percentage" : "a plain number"} unlike the rest of the series. Write every value the same way (e.g. all as 85%).`
              )
            );
    }
    return issues;
  },
};
