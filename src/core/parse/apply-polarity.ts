import type { Metric, Polarity } from "../model/metric";
import { polarityEvidenceOf, suggestPolarity } from "./suggest-polarity";

/**
 * Settle each measure's polarity and say where it came from. The workbook's own words win; the
 * team's mapping fills in where the workbook says nothing; otherwise Plan Tracker suggests one from
 * the name and the numbers, so the measure is rated unaided, marked as suggested until confirmed.
 *
 * A polarity cell holding words that are not a direction ("Asked John Cooke") gets neither the
 * mapping's polarity nor a suggestion: the cell itself is reported, and fixing it is the answer.
 */
export const applyPolarity = (
  metrics: readonly Metric[],
  configured?: ReadonlyMap<string, Polarity>
): void => {
  for (const metric of metrics) {
    if (metric.polarity !== null) {
      metric.polaritySource = metric.polaritySource ?? "workbook";
      continue;
    }
    if (metric.polarityText !== "") continue;
    const given = configured?.get(metric.name);
    if (given) {
      metric.polarity = given;
      metric.polaritySource = "mapping";
      continue;
    }
    // "(in development)": nothing to rate yet, so nothing to suggest.
    if (metric.placeholder) continue;
    const suggestion = suggestPolarity(polarityEvidenceOf(metric));
    if (!suggestion) continue;
    metric.polarity = suggestion.polarity;
    metric.polaritySource = "suggested";
    metric.polarityReason = suggestion.reason;
  }
};
