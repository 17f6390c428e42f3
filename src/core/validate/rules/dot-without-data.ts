import { isBlank } from "../../model/cell-value";
import { issueAt, quote, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/measure-values";

/** docs/RULES.md rule 59: a direction-of-travel symbol on a measure with fewer than two values (Thurrock ♦). */
export const dotWithoutData: ValidationRule = {
  code: "dot-without-data",
  severity: "warning",
  title: "Direction of travel with no values behind it",
  check: ({ model }) =>
    model.measures.flatMap((measure) => {
      const cell = measure.cells.direction;
      if (!cell || isBlank(cell.value) || actualSeries(measure).length >= 2) return [];
      return [
        issueAt(
          "dot-without-data",
          "warning",
          cell,
          "direction",
          `"${measure.name}" shows a direction of travel (${quote(String(cell.value))}) but has fewer than two values to compare. Clear the symbol or enter the values.`
        ),
      ];
    }),
};
