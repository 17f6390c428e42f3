import { issueAt, type ValidationRule } from "../rule";
import { saysNoTarget } from "../shared/no-target-words";

/**
 * docs/RULES.md rule 53: an actual whose own Target cell is empty, so it cannot be rated ("Missing
 * Target"). Reported once per measure, at the first such period. Tables with no target column at all
 * (BCP's KPIs) are not reported row by row. A measure whose name says it is not ready yet is still
 * reported once it has actuals: M34 "(data provided once cohorts have finished the training)" shows
 * 17 with no target, which docs/SAMPLES.md#gcc-measures rates "unrated (missing target)" (000 L400 is a rule 53 example).
 * A target cell that says "NA" or "none" is the owner's answer that there is no target (NHS England's
 * balanced scorecard): the measure is shown as "no target", and nothing is missing to report.
 */
export const targetMissing: ValidationRule = {
  code: "target-missing",
  severity: "warning",
  title: "Actual with no target",
  check: ({ model }) =>
    model.measures.flatMap((measure) => {
      const period = measure.periods.find(
        (p) =>
          p.actual !== null &&
          p.target === null &&
          p.targetCell !== null &&
          !saysNoTarget(p.targetCell.value)
      );
      if (!period || !period.actual) return [];
      return [
        issueAt(
          "target-missing",
          "warning",
          period.actual.cell,
          "target",
          `"${measure.name}" has an actual for ${period.label} but no target, so it cannot be rated ("Missing Target"). Enter the target for ${period.label}.`
        ),
      ];
    }),
};
