import { isBlank } from "../../model/cell-value";
import { issueAt, quote, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/metric-values";

/** docs/RULES.md rule 59: a direction-of-travel symbol on a measure with fewer than two values (Thurrock ♦). */
export const dotWithoutData: ValidationRule = {
  code: "dot-without-data",
  severity: "warning",
  title: "Direction of travel with no values behind it",
  check: ({ model }) =>
    model.metrics.flatMap((metric) => {
      const cell = metric.cells.direction;
      if (!cell || isBlank(cell.value) || actualSeries(metric).length >= 2) return [];
      return [
        issueAt(
          "dot-without-data",
          "warning",
          cell,
          "direction",
          `"${metric.name}" shows a direction of travel (${quote(String(cell.value))}) but has fewer than two values to compare. Clear the symbol or enter the values.`
        ),
      ];
    }),
};
