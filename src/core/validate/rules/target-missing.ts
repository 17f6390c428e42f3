import { issueAt, type ValidationRule } from "../rule";

/**
 * DOMAIN §9 rule 53: an actual whose own Target cell is empty, so it cannot be rated ("Missing
 * Target"). Reported once per measure, at the first such period. Tables with no target column at all
 * (BCP's KPIs) are not reported row by row.
 */
export const targetMissing: ValidationRule = {
  code: "target-missing",
  severity: "warning",
  title: "Actual with no target",
  check: ({ model }) =>
    model.metrics.flatMap((metric) => {
      if (metric.placeholder) return [];
      const period = metric.periods.find((p) => p.actual !== null && p.target === null && p.targetCell !== null);
      if (!period || !period.actual) return [];
      return [issueAt("target-missing", "warning", period.actual.cell, "target",
        `"${metric.name}" has an actual for ${period.label} but no target, so it cannot be rated ("Missing Target"). Enter the target for ${period.label}.`)];
    }),
};
