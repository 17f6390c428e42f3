/** @jest-environment node */
import type { CellValue } from "../../../../src/core/model/cell-value";
import { totalMismatch } from "../../../../src/core/validate/rules/total-mismatch";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import {
  BCP_ACTIONS,
  BCP_FILLS,
  BCP_KEY,
  BCP_KEY_DESCRIPTIONS,
  thurrockActions,
} from "../council-sheets";

// docs/RATINGS.md#roll-ups, docs/RULES.md rule 45: a typed count, %, average or box that differs from the value recomputed from the rows.

type Level = keyof typeof BCP_FILLS;
const LEVELS: Level[] = ["red", "amber", "green", "blue", "done"];

/**
 * A BCP plan: the key in rows 2–6 with the typed counts and % (stored as fractions with a % format,
 * as Excel holds "5%"), then one action per entry of `levels`, each coloured with its level's key fill.
 */
const bcp = (typed: Record<Level, [number, number]>, levels: Level[]) => {
  const fills: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  const rows: CellValue[][] = [BCP_KEY];
  LEVELS.forEach((level, i) => {
    rows.push([null, BCP_KEY_DESCRIPTIONS[level], typed[level][0], typed[level][1] / 100]);
    fills[`A${i + 2}`] = BCP_FILLS[level];
    numberFormats[`D${i + 2}`] = "0%";
  });
  rows.push([], BCP_ACTIONS);
  levels.forEach((level, i) => {
    rows.push([
      `1.${i + 1}`,
      `Action 1.${i + 1}: strengthen the Early Help offer`,
      "Juliette Blake",
      "30/04/23",
      null,
      "Timely interventions",
      "Progress",
      "Impact",
    ]);
    fills[`E${i + 9}`] = BCP_FILLS[level];
  });
  return snapshotOf({ name: "Improvement Plan", rows, fills, numberFormats });
};

/** 38 actions coloured as BCP's key says: 2 red, 17 amber, 13 green, 2 blue, 4 done (003 L56–61). */
const BCP_38: Level[] = [
  ...Array<Level>(2).fill("red"),
  ...Array<Level>(17).fill("amber"),
  ...Array<Level>(13).fill("green"),
  ...Array<Level>(2).fill("blue"),
  ...Array<Level>(4).fill("done"),
];
const BCP_TYPED: Record<Level, [number, number]> = {
  red: [2, 5],
  amber: [17, 45],
  green: [13, 34],
  blue: [2, 5],
  done: [4, 11],
};

describe("total-mismatch on a BCP-style RAG key", () => {
  it("agrees with the council's key when the rows give 2/17/13/2/4 of 38 (5%, 45%, 34%, 5%, 11%)", () => {
    expect(runRule(totalMismatch, bcp(BCP_TYPED, BCP_38))).toEqual([]);
  });

  it("reports a typed count and the % that no longer match after one amber action turned green", () => {
    const moved = [...BCP_38];
    moved[2] = "green";
    const issues = runRule(totalMismatch, bcp(BCP_TYPED, moved));
    // 16 amber → 16/38 = 42%; 14 green → 37%.
    expect(cellsOf(issues)).toEqual([
      "Improvement Plan!C3",
      "Improvement Plan!D3",
      "Improvement Plan!C4",
      "Improvement Plan!D4",
    ]);
    expect(issues[0]).toMatchObject({
      code: "total-mismatch",
      severity: "warning",
      field: null,
      value: 17,
    });
    expect(issues[0].message).toBe(
      "The count of amber actions typed here is 17, but the rows give 16. Update the figure (Plan Tracker recalculates it from the rows)."
    );
    expect(issues[1].message).toContain(
      "percentage of amber actions typed here is 45, but the rows give 42"
    );
    expect(issues[3].message).toContain("typed here is 34, but the rows give 37");
  });
});

/** Thurrock: plan summary (row 2), priority summary (row 5), then Priority 1's action table and its box. */
const thurrock = (
  summary: { plan: [number, number]; p1: [number, number] },
  box: [number, number]
) => {
  // The eight P1 success-measure rows of docs/SAMPLES.md#thurrock (004 L153–160): RAG initial and RAG 01/18.
  const ratings: [number, number][] = [
    [4, 4],
    [4, 4],
    [2, 2],
    [4, 4],
    [2, 4],
    [2, 4],
    [2, 2],
    [2, 2],
  ];
  const rows: CellValue[][] = [
    [null, "Previous period", "Current period"],
    ["RAG Summary of all areas", summary.plan[0], summary.plan[1]],
    [],
    [null, "Previous period", "Current period"],
    ["1. Permanent and stable workforce", summary.p1[0], summary.p1[1]],
    [],
    thurrockActions(1),
    ...ratings.map(([initial, jan], i): CellValue[] => [
      null,
      null,
      `P1 action ${i + 1}`,
      `Success measure ${i + 1}`,
      "S Murphy",
      null,
      "Jan-18",
      initial,
      jan,
      0,
      0,
      "Update",
    ]),
    [],
    ["Previous period", box[0]],
    ["Current period", box[1]],
  ];
  return snapshotOf({
    name: "Development Plan",
    rows,
    numberFormats: { B2: "0.0", C2: "0.0", B5: "0.0", C5: "0.0" },
  });
};

describe("total-mismatch on Thurrock-style means and boxes (docs/RATINGS.md#thurrock-averages)", () => {
  it("agrees with 2.75 → 2.8 and 3.25 → 3.3 (Excel rounds half away from zero) and boxes 3 / 3", () => {
    expect(runRule(totalMismatch, thurrock({ plan: [2.8, 3.3], p1: [2.8, 3.3] }, [3, 3]))).toEqual(
      []
    );
  });

  it("reports the figures JavaScript rounding would give (2.7, 3.2) and a wrong box", () => {
    const issues = runRule(totalMismatch, thurrock({ plan: [2.8, 3.2], p1: [2.7, 3.3] }, [3, 2]));
    expect(cellsOf(issues)).toEqual([
      "Development Plan!C2",
      "Development Plan!B5",
      "Development Plan!B18",
    ]);
    expect(issues[0].message).toBe(
      "The current period average for the whole plan typed here is 3.2, but the rows give 3.3. Update the figure (Plan Tracker recalculates it from the rows)."
    );
    expect(issues[1].message).toContain(
      "previous period average for Priority 1 typed here is 2.7, but the rows give 2.8"
    );
    expect(issues[2].message).toContain(
      "current period box for Priority 1 typed here is 2, but the rows give 3"
    );
  });
});
