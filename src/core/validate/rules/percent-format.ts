import type { MeasuredValue } from "../../model/metric";
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
    for (const metric of model.metrics) {
      const values = metric.periods
        .flatMap((p) => [p.target, p.actual])
        .filter((v): v is MeasuredValue => v !== null);
      const percents = values.filter((v) => v.percent);
      const plain = values.filter((v) => !v.percent);
      if (percents.length === 0 || plain.length === 0) continue;
      const odd = percents.length >= plain.length ? plain : percents;
      for (const value of odd)
        issues.push(
          issueAt(
            "percent-format",
            "warning",
            value.cell,
            "period",
            `"${metric.name}" mixes percentages and plain numbers; ${value.cell.address} is ${value.percent ? "a percentage" : "a plain number"} unlike the rest of the series. Write every value the same way (e.g. all as 85%).`
          )
        );
    }
    return issues;
  },
};
