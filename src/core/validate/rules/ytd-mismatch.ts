import { isBlank } from "../../model/cell-value";
import { parseMeasure } from "../../parse/parse-measure";
import { issueAt, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/measure-values";

// Close enough to count as the same figure once rounding in the workbook is allowed for.
const SAME = 0.05;

/**
 * docs/RULES.md rule 52: a stored year-to-date figure that agrees with none of the ways the months
 * combine (sum for counts, mean or latest for rates). Thurrock shows YTD 0 beside six months of values.
 */
export const ytdMismatch: ValidationRule = {
  code: "ytd-mismatch",
  severity: "error",
  title: "Year-to-date figure that disagrees with the months",
  check: ({ model }) =>
    model.measures.flatMap((measure) => {
      const cell = measure.cells.ytd;
      if (!cell || isBlank(cell.value)) return [];
      const series = actualSeries(measure).map((v) => v.value);
      if (series.length === 0) return [];
      const ytd = parseMeasure(cell.value, undefined);
      if (ytd.kind !== "number") return [];
      const sum = series.reduce((a, b) => a + b, 0);
      const candidates = [sum, sum / series.length, series[series.length - 1], Math.max(...series)];
      if (candidates.some((c) => Math.abs(c - ytd.value) <= SAME * Math.max(1, Math.abs(c))))
        return [];
      return [
        issueAt(
          "ytd-mismatch",
          "error",
          cell,
          "ytd",
          `The year-to-date figure for "${measure.name}" is ${ytd.value}, which matches neither the total (${+sum.toFixed(2)}), the average nor the latest of its ${series.length} monthly values. Recalculate it or clear it.`
        ),
      ];
    }),
};
