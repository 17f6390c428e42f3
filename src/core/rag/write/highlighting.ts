import { cellAddress, columnLetter } from "../../model/address";
import type { Measure, Polarity } from "../../model/measure";
import type { RagLevel } from "../../model/rag-level";
import type { WriteOp } from "../../write-plan/write-plan";
import type { LevelSet } from "../level-presets";
import type { RatedMeasure } from "../rate-plan";
import type { ToleranceRule } from "../rag-policy";

/** Relative reference to the cell `dc` columns right / `dr` rows down of `address`'s top-left, as A1. */
const offset = (row: number, column: number, dr: number, dc: number): string =>
  `${columnLetter(column + dc)}${row + dr}`;

/**
 * Formulas for the three levels, written for the first Actual cell (conditional formats resolve
 * relative references against the range's top-left cell, office-js#5194). ROUND(…,10) keeps Excel's
 * binary arithmetic from moving the exact tolerance boundary (docs/RATINGS.md#target-vs-actual rule 7).
 */
const formulas = (
  polarity: Polarity,
  tolerance: ToleranceRule,
  percent: boolean,
  a: string,
  t: string
): Partial<Record<RagLevel, string>> => {
  const both = `ISNUMBER(${a}),ISNUMBER(${t})`;
  // Percentages sit in cells as fractions (13% = 0.13): a tolerance in points is divided by 100.
  const allowed =
    tolerance.mode === "relative"
      ? `ABS(${t})*${tolerance.value / 100}`
      : `${percent ? tolerance.value / 100 : tolerance.value}`;
  if (polarity === "on_target_is_best") {
    const off = `ROUND(ABS(${a}-${t})-${allowed},10)`;
    return {
      green: `AND(${both},${off}<=0)`,
      amber: `AND(${both},${off}>0,${off}<=ROUND(${allowed},10))`,
      red: `AND(${both},${off}>ROUND(${allowed},10))`,
    };
  }
  const short = polarity === "higher_is_better" ? `ROUND(${t}-${a},10)` : `ROUND(${a}-${t},10)`;
  return {
    green: `AND(${both},${short}<=0)`,
    amber: `AND(${both},${short}>0,${short}<=ROUND(${allowed},10))`,
    red: `AND(${both},${short}>ROUND(${allowed},10))`,
  };
};

interface Group {
  sheet: string;
  polarity: Polarity;
  tolerance: ToleranceRule;
  percent: boolean;
  /** Target cell position relative to its Actual cell. */
  dr: number;
  dc: number;
  actuals: { row: number; column: number }[];
}

/**
 * Live target-vs-actual highlighting: native conditional formats on every Actual cell against its
 * own Target cell, so the colour stays right when someone types a new actual (docs/HISTORY.md#issue-3-7). Cells
 * are grouped by polarity, tolerance and where the target sits, so each group needs three rules
 * whatever the number of rows. The ratings computed in TypeScript stay the source of truth (docs/EXCEL.md#conditional-formats).
 */
export const highlightingOps = (
  rated: readonly RatedMeasure[],
  levels: LevelSet,
  toleranceOf: (measure: Measure) => ToleranceRule
): WriteOp[] => {
  const groups = new Map<string, Group>();
  for (const { measure, polarity } of rated) {
    if (!polarity || polarity === "not_applicable" || measure.placeholder) continue;
    const tolerance = toleranceOf(measure);
    // The unit matters only for a tolerance in points; one per measure, so empty months group with filled ones.
    const percent = measure.periods.some((p) => p.actual?.percent || p.target?.percent);
    for (const period of measure.periods) {
      if (!period.actualCell || !period.targetCell) continue;
      const dr = period.targetCell.row - period.actualCell.row;
      const dc = period.targetCell.column - period.actualCell.column;
      const key = [
        measure.sheet,
        polarity,
        tolerance.mode,
        tolerance.value,
        tolerance.mode === "absolute" && percent,
        dr,
        dc,
      ].join("|");
      const group = groups.get(key) ?? {
        sheet: measure.sheet,
        polarity,
        tolerance,
        percent,
        dr,
        dc,
        actuals: [],
      };
      group.actuals.push({ row: period.actualCell.row, column: period.actualCell.column });
      groups.set(key, group);
    }
  }
  const ops: WriteOp[] = [];
  for (const group of groups.values()) {
    const first = group.actuals[0];
    const a = cellAddress(first.row, first.column);
    const t = offset(first.row, first.column, group.dr, group.dc);
    const range = group.actuals.map((cell) => cellAddress(cell.row, cell.column)).join(",");
    const rules = formulas(group.polarity, group.tolerance, group.percent, a, t);
    (["red", "amber", "green"] as RagLevel[]).forEach((level, priority) => {
      const formula = rules[level];
      if (formula)
        ops.push({
          kind: "conditionalFormat",
          sheet: group.sheet,
          range,
          rule: {
            kind: "formula",
            formula: `=${formula}`,
            fill: levels[level].fill,
            fontColour: levels[level].fontColour,
            priority,
          },
        });
    });
  }
  return ops;
};

/**
 * Before this refresh's rules go on, the earlier refreshes' come off (recognised by their formula,
 * highlighting-signature.ts): on every sheet holding measures, also one whose measures have lost
 * their polarity since, so no stale layer is left behind. One op per sheet. Measures are never read
 * from Plan Tracker's own sheets (detect-plan.ts skips them by their mark), so none is named here.
 */
export const clearHighlightingOps = (rated: readonly RatedMeasure[]): WriteOp[] =>
  [...new Set(rated.map(({ measure }) => measure.sheet))].map((sheet): WriteOp => ({
    kind: "clearHighlighting",
    sheet,
  }));
