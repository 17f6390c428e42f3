import { issueAt, type ValidationRule } from "../rule";
import { tableTextCells } from "../shared/table-cells";

const HTML_TAG = /<\/?(p|ul|ol|li|br|table|tr|td|th|div|span|b|i|strong|em)\b[^>]*>/i;

/** DOMAIN §9 rule 18: HTML markup pasted from a web form; read as plain text with paragraphs as lines. */
export const htmlInCell: ValidationRule = {
  code: "html-in-cell",
  severity: "warning",
  title: "HTML markup inside a cell",
  check: ({ snapshot, model }) =>
    tableTextCells(snapshot, model)
      .filter(({ cell }) => HTML_TAG.test(String(cell.value)))
      .map(({ cell, field }) => issueAt("html-in-cell", "warning", cell, field,
        `Cell ${cell.address} contains HTML markup (such as <p> or <ul>) pasted from a web page; Plan Tracker reads it as plain text. Replace the markup with plain text and line breaks.`)),
};
