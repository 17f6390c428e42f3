import { suggestedPolarityWords } from "../../rag/polarity-words";
import { issueAt, type ValidationRule } from "../rule";
import { actualSeries } from "../shared/measure-values";

/**
 * docs/RATINGS.md#polarity, docs/RULES.md rule 56: without a polarity (is a higher value better?) a measure gets no RAG and no
 * direction of travel; a "higher is better" default would show turnover of 25% against 13% as green.
 * Where Plan Tracker could suggest one from the name or the numbers, the measure is rated by it, and
 * this is only a note asking the team to confirm the suggestion.
 */
export const polarityMissing: ValidationRule = {
  code: "polarity-missing",
  severity: "error",
  title: "No polarity, so no RAG",
  check: ({ model }) =>
    model.measures
      .filter(
        (measure) =>
          (measure.polarity === null || measure.polaritySource === "suggested") &&
          measure.polarityText === "" &&
          !measure.placeholder &&
          actualSeries(measure).length > 0 &&
          measure.cells.name
      )
      .map((measure) =>
        measure.polaritySource === "suggested" && measure.polarity !== null
          ? issueAt(
              "polarity-missing",
              "info",
              measure.cells.polarity ?? measure.cells.name!,
              "polarity",
              `Polarity suggested for "${measure.name}": ${suggestedPolarityWords(measure.polarity, measure.polarityReason ?? "")}. It is rated by this suggestion; confirm it (Accept suggestions in the Mapping view, or --accept-suggestions) or set another in the mapping.`
            )
          : issueAt(
              "polarity-missing",
              "error",
              measure.cells.polarity ?? measure.cells.name!,
              "polarity",
              `"${measure.name}" has no polarity, so Plan Tracker cannot tell whether a higher value is better and does not rate it. Set its polarity (higher is better, lower is better or on target is best) in a Polarity column or in Plan Tracker's mapping.`
            )
      ),
};
