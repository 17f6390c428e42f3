import { issueAt, type ValidationRule } from "../rule";

/** docs/RULES.md rule 51: "(tbc)", "(in development)": not yet measurable, shown as "No information". */
export const measurePlaceholder: ValidationRule = {
  code: "measure-placeholder",
  severity: "info",
  title: "Measure not yet defined (tbc / in development)",
  check: ({ model }) =>
    model.measures
      .filter((measure) => measure.placeholder && measure.cells.name)
      .map((measure) =>
        issueAt(
          "measure-placeholder",
          "info",
          measure.cells.name!,
          "name",
          `"${measure.name}" is marked as not yet available, so it is listed as "No information" and not rated.`
        )
      ),
};
