import { addressOf } from "../../model/address";
import { normaliseText } from "../../text/normalise-text";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { textCandidates, textCellRef } from "../shared/table-cells";

/**
 * docs/RULES.md rule 19: non-breaking spaces, split ordinals ("1 st") and spaced years ("2 0 2 2") that
 * Plan Tracker tidies when it reads the cell. Plain trailing spaces are not worth a line each.
 */
export const textNormalise: ValidationRule = {
  code: "text-normalise",
  severity: "info",
  title: "Text tidied on reading (non-breaking spaces, split ordinals, spaced years)",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    // Only cells reading would tidy are candidates (mayNeedTidying, in textCandidates).
    for (const cell of textCandidates(snapshot, model).untidy) {
      const raw = cell.text;
      const collapsed = raw.replace(/[ \t\r\n]+/g, " ").trim();
      const tidy = normaliseText(raw).text;
      if (tidy === collapsed && !raw.includes("\u00a0")) continue;
      const ref = textCellRef(cell);
      issues.push(
        issueAt(
          "text-normalise",
          "info",
          ref,
          cell.field,
          `Cell ${addressOf(ref)} is read as "${tidy.length > 60 ? `${tidy.slice(0, 59)}…` : tidy}" after tidying spacing. Retype it that way to keep the workbook clean.`
        )
      );
    }
    return issues;
  },
};
