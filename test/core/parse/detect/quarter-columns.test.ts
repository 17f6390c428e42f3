/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { snapshotOf } from "../../../support/snapshot-builder";

// A one-year scorecard heads its columns "Q1"…"Q4" and gives one target for the year.
describe("quarter columns with no year written", () => {
  const scorecard = snapshotOf({
    name: "Scorecard",
    rows: [
      ["Ref", "Indicator", "Polarity", "Target 25/26", "Q1", "Q2", "Q3", "Q4"],
      ["PI1", "% EHCPs issued in 20 weeks", "High", 60, 42, 48, 51, null],
      ["PI2", "Children missing education", "Low", 100, 130, 120, 95, null],
      ["PI3", "% annual reviews on time", "High", 80, 70, 72, 79, null],
    ],
  });

  it("are the measures' periods, each compared with the year's target", () => {
    const model = detectPlan(scorecard);
    expect(
      model.measures.map((m) =>
        m.periods.map((p) => [p.label, p.target?.value ?? null, p.actual?.value ?? null])
      )
    ).toEqual([
      [
        ["Q1", 60, 42],
        ["Q2", 60, 48],
        ["Q3", 60, 51],
        ["Q4", 60, null],
      ],
      [
        ["Q1", 100, 130],
        ["Q2", 100, 120],
        ["Q3", 100, 95],
        ["Q4", 100, null],
      ],
      [
        ["Q1", 80, 70],
        ["Q2", 80, 72],
        ["Q3", 80, 79],
        ["Q4", 80, null],
      ],
    ]);
  });

  it("rate the latest quarter against the target", () => {
    const model = detectPlan(scorecard);
    const rated = ratePlan(model, { asOf: "2026-01-15", policy: DEFAULT_RAG_POLICY }).measures;
    expect(rated.map((m) => [m.period?.label, m.rating.level])).toEqual([
      ["Q3", "red"],
      ["Q3", "green"],
      ["Q3", "amber"],
    ]);
  });

  it("beside an action's columns leave the table a plan of actions", () => {
    const model = detectPlan(
      snapshotOf({
        name: "Plan",
        rows: [
          ["Action", "Lead", "Deadline", "RAG", "Q1", "Q2", "Q3", "Q4"],
          ["Publish the local offer", "J Smith", "March 2026", "Green", "X", "X", "", ""],
          ["Recruit two EPs", "K Patel", "June 2026", "Amber", "", "X", "X", ""],
          ["Review EHCP quality", "J Smith", "Sept 2026", "Green", "", "", "X", "X"],
        ],
      })
    );
    expect(model.sheets[0].tables.map((t) => t.kind)).toEqual(["actions"]);
    expect(model.actions).toHaveLength(3);
    expect(model.measures).toEqual([]);
  });
});
