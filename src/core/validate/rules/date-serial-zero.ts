import { isDateFormat } from "../../parse/excel-date";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { ratingCellsToCheck, numberFormatOf } from "../shared/tables";
import { actionsFlagged, who } from "../shared/timescale-flag-rule";

/**
 * docs/RULES.md rule 35: a 0 shown through a date format ("Jan-00"), in a timescale or in a rating column
 * (Thurrock L326, RAG 05/18). It is neither a date nor a rating.
 */
export const dateSerialZero: ValidationRule = {
  code: "date-serial-zero",
  severity: "error",
  title: "Zero shown as a date",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    // The timescale rules' index of flagged actions (with a due cell, not placeholders), in order.
    for (const action of actionsFlagged(model, "date-serial-zero"))
      if (action.cells.due)
        issues.push(
          issueAt(
            "date-serial-zero",
            "error",
            action.cells.due,
            "due",
            `${who(action)} has 0 formatted as a date (it shows as "Jan-00"), which is not a real date. Enter the due date.`
          )
        );
    for (const { action, cell, period, kind } of ratingCellsToCheck(snapshot, model)) {
      if (cell.value !== 0) continue;
      const format = numberFormatOf(snapshot, cell);
      if (!format || !isDateFormat(format)) continue;
      issues.push(
        issueAt(
          "date-serial-zero",
          "error",
          cell,
          kind,
          `${who(action)} has 0 formatted as a date in ${period} (it shows as "Jan-00"); it is neither a date nor a rating. Clear the date format and enter the rating.`
        )
      );
    }
    return issues;
  },
};
