import { addressOf } from "../../model/address";
import { issueAt, type ValidationRule } from "../rule";
import { textCandidates, textCellRef } from "../shared/table-cells";

const HTML_TAG = /<\/?(p|ul|ol|li|br|table|tr|td|th|div|span|b|i|strong|em)\b[^>]*>/i;

/** docs/RULES.md rule 18: HTML markup pasted from a web form; read as plain text with paragraphs as lines. */
export const htmlInCell: ValidationRule = {
  code: "html-in-cell",
  severity: "warning",
  title: "HTML markup inside a cell",
  check: ({ snapshot, model }) =>
    // Only cells holding "<" are candidates: most cells are passed over without running the pattern.
    textCandidates(snapshot, model)
      .markup.filter(({ text }) => HTML_TAG.test(text))
      .map((cell) => {
        const ref = textCellRef(cell);
        return issueAt(
          "html-in-cell",
          "warning",
          ref,
          cell.field,
          `Cell ${addressOf(ref)} contains HTML markup (such as <p> or <ul>) pasted from a web page; Plan Tracker reads it as plain text. Replace the markup with plain text and line breaks.`
        );
      }),
};
