import type { CellRef } from "../../model/action";
import { excelRound } from "../../model/excel-round";
import { parseMeasure } from "../../parse/parse-measure";
import { emptyCounts, isCounted, percentages } from "../../rag/level-counts";
import { groupMeans, overallMean } from "../../rag/period-scores";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { numberFormatOf, periodScoresOf } from "../shared/tables";

const typedNumber = (cell: CellRef, numberFormat: string | undefined): number | null => {
  const reading = parseMeasure(cell.value, numberFormat);
  return reading.kind === "number" ? reading.value : null;
};

/**
 * docs/RATINGS.md#roll-ups, docs/RULES.md rule 45: a count, percentage, average or box the council typed that differs from the
 * value recomputed from the rows (BCP's RAG key; Thurrock's plan and priority means and boxes).
 * Typed totals are inputs to check, never truth.
 */
export const totalMismatch: ValidationRule = {
  code: "total-mismatch",
  severity: "warning",
  title: "Typed total that differs from the rows",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    const report = (cell: CellRef, typed: number, computed: number, what: string) =>
      issues.push(
        issueAt(
          "total-mismatch",
          "warning",
          cell,
          null,
          `The ${what} typed here is ${typed}, but the rows give ${computed}. Update the figure (Plan Tracker recalculates it from the rows).`
        )
      );

    if (model.colourKey.length > 0) {
      const counts = emptyCounts();
      // Counted in place rather than through a filtered copy of every action (isCounted).
      for (let i = 0; i < model.actions.length; i += 1) {
        const action = model.actions[i];
        if (isCounted(action)) counts[action.status?.level ?? "unrated"] += 1;
      }
      // A key with no "not rated" row gives shares of the rated actions ("Total out of 38 actions").
      const keyed = emptyCounts();
      for (const entry of model.colourKey) keyed[entry.level] = counts[entry.level];
      const percent = percentages(keyed, 0);
      for (const entry of model.colourKey) {
        if (entry.typedCount) {
          const typed = typedNumber(entry.typedCount, numberFormatOf(snapshot, entry.typedCount));
          if (typed !== null && typed !== counts[entry.level])
            report(entry.typedCount, typed, counts[entry.level], `count of ${entry.level} actions`);
        }
        if (entry.typedPercent) {
          const typed = typedNumber(
            entry.typedPercent,
            numberFormatOf(snapshot, entry.typedPercent)
          );
          if (typed !== null && excelRound(typed, 0) !== percent[entry.level])
            report(
              entry.typedPercent,
              typed,
              percent[entry.level],
              `percentage of ${entry.level} actions`
            );
        }
      }
    }

    if (model.typedTotals.length > 0) {
      const { current, previous } = periodScoresOf(model);
      for (const total of model.typedTotals) {
        const period =
          total.label === "current" ? current : total.label === "previous" ? previous : null;
        if (!period) continue;
        const means = groupMeans(model.actions, period);
        const mean = total.group === "" ? overallMean(means) : (means.get(total.group) ?? null);
        if (mean === null) continue;
        const computed = excelRound(mean, total.kind === "box" ? 0 : 1);
        const typed = typedNumber(total.cell, numberFormatOf(snapshot, total.cell));
        if (typed !== null && typed !== computed)
          report(
            total.cell,
            typed,
            computed,
            `${total.label} period ${total.kind === "box" ? "box" : "average"} for ${total.group || "the whole plan"}`
          );
      }
    }
    return issues;
  },
};
