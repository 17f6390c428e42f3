import { isBlank } from "../../model/cell-value";
import { parseMeasure } from "../../parse/parse-measure";
import { issueAt, quote, type ValidationRule } from "../rule";
import { numberFormatOf } from "../shared/tables";

// A note that opens with a figure ("4", "96.7%", "88.80% Only collected quarterly"); commentary that
// merely mentions numbers further on is left alone.
const OPENS_WITH_FIGURE = /^\s*\d+(\.\d+)?\s*%?(\s|$)/;

/** docs/RULES.md rule 50: a figure typed in a Notes column is invisible to ratings and charts. */
export const valueInNotes: ValidationRule = {
  code: "value-in-notes",
  severity: "warning",
  title: "A figure written in the Notes column",
  check: ({ snapshot, model }) =>
    model.measures.flatMap((measure) => {
      const cell = measure.cells.notes;
      if (!cell || isBlank(cell.value)) return [];
      const format = numberFormatOf(snapshot, cell);
      const reading = parseMeasure(cell.value, format);
      const shown =
        reading.kind === "number" ? `${reading.value}${reading.percent ? "%" : ""}` : measure.notes;
      if (reading.kind !== "number" && !OPENS_WITH_FIGURE.test(measure.notes)) return [];
      return [
        issueAt(
          "value-in-notes",
          "warning",
          cell,
          "notes",
          `The notes for "${measure.name}" hold a figure (${quote(shown, 40)}) that belongs in a period column, where it can be rated and charted. Move the number into its month.`
        ),
      ];
    }),
};
