import { addressOf } from "../../model/address";
import { isExcelError } from "../../model/cell-value";
import { issueAt, type ValidationRule } from "../rule";
import { textCandidates, textCellRef } from "../shared/table-cells";

/**
 * A plan cell showing an Excel error (#N/A, #REF!, #VALUE!…): a broken formula or lookup whose value
 * is lost, so the action or measure it belongs to cannot be read from it (docs/HISTORY.md#issue-6-4).
 */
export const excelError: ValidationRule = {
  code: "excel-error",
  severity: "error",
  title: "Excel error value in a plan cell",
  check: ({ snapshot, model }) =>
    // Only cells starting with "#" are candidates (textCandidates).
    textCandidates(snapshot, model)
      .hashed.filter(({ text }) => isExcelError(text))
      .map((cell) => {
        const ref = textCellRef(cell);
        return issueAt(
          "excel-error",
          "error",
          ref,
          cell.field,
          `Cell ${addressOf(ref)} shows ${cell.text.trim()}, an Excel error from a broken formula or lookup, so its value cannot be read. Fix the formula or type the value.`
        );
      }),
};
