import type { Issue } from "../issue";
import { isDateFormat } from "../../parse/excel-date";
import { issueAt, type ValidationRule } from "../rule";
import { ratedPeriods, ratingCellsToCheck, numberFormatOf } from "../shared/tables";

/**
 * docs/RULES.md rules 41–42: 0 means "not rated". In a period column that does hold ratings each 0 is
 * reported; a period column with no rating at all is reported once (rating-column-empty) instead.
 */
export const ratingZero: ValidationRule = {
  code: "rating-zero",
  severity: "warning",
  title: "Rating of 0 (not rated) in a rated period",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const { action, cell, period, kind } of ratingCellsToCheck(snapshot, model)) {
      if (kind !== "rating" || cell.value !== 0 || !ratedPeriods(model).has(period)) continue;
      const format = numberFormatOf(snapshot, cell);
      // A date-formatted 0 ("Jan-00") is date-serial-zero's, not a rating of 0.
      if (isDateFormat(format)) continue;
      issues.push(
        issueAt(
          "rating-zero",
          "warning",
          cell,
          "rating",
          `${action.key} has 0 for ${period}, which means "not rated" and is left out of the averages. Enter a rating from 1 to 5, or leave it blank if it was not rated.`
        )
      );
    }
    return issues;
  },
};
