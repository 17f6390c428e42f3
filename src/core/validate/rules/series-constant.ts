import { issueAt, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/measure-values";

// Fewer values than this can be equal by chance.
const MIN_VALUES = 4;

/** docs/RULES.md rule 58: the same value every period (215.5 six times) is often a copied cell, not data. */
export const seriesConstant: ValidationRule = {
  code: "series-constant",
  severity: "info",
  title: "Same value in every period",
  check: ({ model }) =>
    model.measures.flatMap((measure) => {
      const series = actualSeries(measure);
      if (series.length < MIN_VALUES || !series.every((v) => v.value === series[0].value))
        return [];
      return [
        issueAt(
          "series-constant",
          "info",
          series[series.length - 1].cell,
          "period",
          `"${measure.name}" shows ${series[0].value}${series[0].percent ? "%" : ""} in all ${series.length} periods; check the figures were not copied across.`
        ),
      ];
    }),
};
