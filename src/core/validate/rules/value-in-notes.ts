import { issueAt, quote, type ValidationRule } from "../rule";

const NUMBER = /(^|\s)\d+(\.\d+)?\s*%?(\s|$)/;

/** DOMAIN §9 rule 50: a figure typed in a Notes column is invisible to ratings ("88.80% Only collected quarterly"). */
export const valueInNotes: ValidationRule = {
  code: "value-in-notes",
  severity: "warning",
  title: "A figure written in the Notes column",
  check: ({ model }) =>
    model.metrics
      .filter((metric) => metric.cells.notes && NUMBER.test(metric.notes))
      .map((metric) => issueAt("value-in-notes", "warning", metric.cells.notes!, "notes",
        `The notes for "${metric.name}" hold a figure (${quote(metric.notes, 40)}) that belongs in a period column; there it can be rated and charted. Move the number into its month.`)),
};
