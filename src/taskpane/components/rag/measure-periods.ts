import type { Measure } from "../../../core/model/measure";

/**
 * The reporting periods a person can rate measures on: each distinct period label of the plan's
 * measures, latest first. Labels that are months or quarters sort by their first day; a plan whose
 * labels are not all dates ("2016/17", "YTD") keeps the workbook's own column order, reversed.
 */
export const measurePeriodLabels = (measures: readonly Measure[]): string[] => {
  const starts = new Map<string, string | null>();
  for (const measure of measures)
    for (const period of measure.periods) {
      const label = period.label.trim();
      if (label === "") continue;
      const known = starts.get(label);
      if (known === undefined) starts.set(label, period.start);
      else if (known !== period.start) starts.set(label, null);
    }
  const inColumnOrder = [...starts.keys()];
  const allDated = inColumnOrder.every((label) => starts.get(label) !== null);
  if (!allDated) return inColumnOrder.reverse();
  // Stable sort: equal dates keep their column order, reversed with the rest.
  return inColumnOrder
    .reverse()
    .sort((a, b) => (starts.get(b) ?? "").localeCompare(starts.get(a) ?? ""));
};
