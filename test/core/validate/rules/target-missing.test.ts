/** @jest-environment node */
import { targetMissing } from "../../../../src/core/validate/rules/target-missing";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_KPIS, gccMeasureHeader } from "../council-sheets";

// docs/RULES.md rule 53: an actual with no target ("Missing Target"). Values from docs/SAMPLES.md#gcc-measures.

const grid = (rows: (string | number | null)[][], numberFormats: Record<string, string> = {}) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      ["Metrics including saving / efficiency (if relevant)"],
      ...gccMeasureHeader(["March 22", "April", "May"]),
      ...rows,
    ],
    numberFormats,
  });

describe("target-missing", () => {
  it("reports M41 and M34 once each, at their first actual with an empty Target (000 L517, L400)", () => {
    const issues = runRule(
      targetMissing,
      grid(
        [
          ["Turnover (overall)", 0.13, 0.25, 0.13, 0.249],
          ["%age of Neglect toolkit used at contact", null, "6%", null, "2%"],
          [
            "Numbers of Team managers having completed the Team Manager Management and Leadership Programme (data provided once cohorts have finished the training)",
            null,
            17,
            null,
            17,
          ],
        ],
        { B4: "0%", C4: "0%", D4: "0%", E4: "0.0%" }
      )
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!C5", "Focus on Practice!C6"]);
    expect(issues[0]).toMatchObject({
      code: "target-missing",
      severity: "warning",
      field: "target",
      value: "6%",
    });
    expect(issues[0].message).toBe(
      '"%age of Neglect toolkit used at contact" has an actual for Mar 22 but no target, so it cannot be rated ("Missing Target"). Enter the target for Mar 22.'
    );
  });

  it("reports a target dropped in a later month only", () => {
    const issues = runRule(
      targetMissing,
      grid(
        [["% of children with fewer than 3 Social Workers in 6 months", 0.8, 0.84, null, 0.857]],
        { B4: "0%", C4: "0%", E4: "0.0%" }
      )
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!E4"]);
    expect(issues[0].message).toContain("for Apr 22");
  });

  it("reports nothing when each actual has its target, or a target waits for its actual (M18: 95%, no value)", () => {
    expect(
      runRule(
        targetMissing,
        grid([
          ["Turnover (overall)", 0.13, 0.25, 0.13, 0.249],
          ["Completion for 1 st PEP within 20 days", 0.95, null],
        ])
      )
    ).toEqual([]);
  });

  it("does not ask BCP's KPI tables for targets: they have no Target column", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_KPIS,
        ["Percentage of re-referrals in 12 months", 0.3, 0.23, 0.27, 0.28, 0.29, 0.29, 0.22, 0.23],
      ],
    });
    expect(runRule(targetMissing, snapshot)).toEqual([]);
  });

  it("reports nothing where the target cell says there is none (NHS England's 'NA' plans, docs/HISTORY.md#issue-11)", () => {
    const snapshot = snapshotOf({
      name: "balanced_scorecard",
      rows: [
        ["org", "metric", "plan", "current_actuals", "directionality"],
        ["R0A", "E.B.23c", "NA", 32.2, "under"],
        ["R0B", "E.B.28", "n/a", 71.1, "over"],
        ["R0C", "E.B.29", null, 64.5, "over"],
      ],
    });
    // Only the empty plan cell is missing a target; "NA" and "n/a" are the owners' answer.
    expect(cellsOf(runRule(targetMissing, snapshot))).toEqual(["balanced_scorecard!D4"]);
  });
});
