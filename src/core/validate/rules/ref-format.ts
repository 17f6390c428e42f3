import { isDigit } from "../../text/char-codes";
import { issueAt, quote, type ValidationRule } from "../rule";
import { isNumberedRef } from "../shared/refs";

/** docs/RULES.md rule 11: a Ref that is not a number like "2.4" (BCP's caseload table rows in the Ref column). */
export const refFormat: ValidationRule = {
  code: "ref-format",
  severity: "error",
  title: "Ref that is not a number such as 2.4",
  // Detection sets such rows apart where most Refs are numbers (a word among numbers is the fault);
  // a number with the wrong shape ("1.2.") among numbered actions is reported too.
  check: ({ model }) =>
    [
      ...model.strayRows,
      ...model.actions.filter(
        (a) => a.ref !== null && isDigit(a.ref.charCodeAt(0)) && !isNumberedRef(a.ref)
      ),
    ]
      .filter((a) => a.cells.ref)
      .map((a) =>
        issueAt(
          "ref-format",
          "error",
          a.cells.ref!,
          "ref",
          `The Ref ${quote(a.ref ?? "")} in row ${a.row} is not an action number like "2.4"; it may be part of a table pasted into the plan. Give the action a number or move the text out of the Ref column.`
        )
      ),
};
