import { issueAt, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/metric-values";

// Fewer values than this can be equal by chance.
const MIN_VALUES = 4;

/** docs/RULES.md rule 58: the same value every period (215.5 six times) is often a copied cell, not data. */
export const seriesConstant: ValidationRule = {
  code: "series-constant",
  severity: "info",
  title: "Same value in every period",
  check: ({ model }) =>
    model.metrics.flatMap((metric) => {
      const series = actualSeries(metric);
      if (series.length < MIN_VALUES || !series.every((v) => v.value === series[0].value))
        return [];
      return [
        issueAt(
          "series-constant",
          "info",
          series[series.length - 1].cell,
          "period",
          `"${metric.name}" shows ${series[0].value}${series[0].percent ? "%" : ""} in all ${series.length} periods; check the figures were not copied across.`
        ),
      ];
    }),
};
