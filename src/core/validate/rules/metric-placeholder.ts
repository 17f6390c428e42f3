import { issueAt, type ValidationRule } from "../rule";

/** docs/RULES.md rule 51: "(tbc)", "(in development)": not yet measurable, shown as "No information". */
export const metricPlaceholder: ValidationRule = {
  code: "metric-placeholder",
  severity: "info",
  title: "Measure not yet defined (tbc / in development)",
  check: ({ model }) =>
    model.metrics
      .filter((metric) => metric.placeholder && metric.cells.name)
      .map((metric) =>
        issueAt(
          "metric-placeholder",
          "info",
          metric.cells.name!,
          "name",
          `"${metric.name}" is marked as not yet available, so it is listed as "No information" and not rated.`
        )
      ),
};
