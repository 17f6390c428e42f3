import { isBlank } from "../../model/cell-value";
import { isDateFormat } from "../../parse/excel-date";
import { issueAt, quote, type ValidationRule } from "../rule";
import { ratingCellsToCheck, numberFormatOf } from "../shared/tables";

/**
 * docs/RULES.md rule 40: a rating outside the vocabulary or scale ("re" in Thurrock's RAG 05/18, a 7 on a
 * 1–5 scale, a status word the council does not use). A date-formatted 0 is date-serial-zero instead.
 */
export const constraintError: ValidationRule = {
  code: "constraint-error",
  severity: "error",
  title: "Rating outside the scale or vocabulary",
  check: ({ snapshot, model }) =>
    // ratingCellsToCheck has already left out every cell a status or rating was read from.
    ratingCellsToCheck(snapshot, model).flatMap(({ cell, period, kind }) => {
      if (isBlank(cell.value) || cell.value === 0) return [];
      const format = numberFormatOf(snapshot, cell);
      if (typeof cell.value === "number" && format && isDateFormat(format)) return [];
      const allowed =
        kind === "rating"
          ? "a whole number from 1 to 5 (0 or blank for not rated)"
          : "one of the plan's status words";
      return [
        issueAt(
          "constraint-error",
          "error",
          cell,
          kind,
          `The ${period} value ${quote(String(cell.value))} in row ${cell.row} is not a valid rating; it should be ${allowed}. Correct the cell.`
        ),
      ];
    }),
};
