import type { Measure, Polarity } from "../model/measure";
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
  measures: readonly Measure[],
  configured?: ReadonlyMap<string, Polarity>
): void => {
  for (const measure of measures) {
    if (measure.polarity !== null) {
      measure.polaritySource = measure.polaritySource ?? "workbook";
      continue;
    }
    if (measure.polarityText !== "") continue;
    const given = configured?.get(measure.name);
    if (given) {
      measure.polarity = given;
      measure.polaritySource = "mapping";
      continue;
    }
    // "(in development)": nothing to rate yet, so nothing to suggest.
    if (measure.placeholder) continue;
    const suggestion = suggestPolarity(polarityEvidenceOf(measure));
    if (!suggestion) continue;
    measure.polarity = suggestion.polarity;
    measure.polaritySource = "suggested";
    measure.polarityReason = suggestion.reason;
  }
};
