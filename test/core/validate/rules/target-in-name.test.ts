/** @jest-environment node */
import { targetInName } from "../../../../src/core/validate/rules/target-in-name";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";

// docs/RULES.md rule 54: a target or SLA written inside the measure's name (QA Performance Snapshot, 001 L7403–7497).

const snapshotTable = (names: string[]) =>
  snapshotOf({
    name: "QA Snapshot",
    rows: [["Measure", "Target", "Actual"], ...names.map((name, i) => [name, null, 0.6 + i / 100])],
  });

describe("target-in-name", () => {
  it("reports each way the QA report writes a target into a name, quoting it", () => {
    const issues = runRule(
      targetInName,
      snapshotTable([
        "Audit completion rate (Target 90%)",
        "Number of audits completed to accepted standard and uploaded",
        "Percentage rated Inadequate in current quarter (short-term target 9%)",
        "IRO/CP Chair involvement in current quarter (target of 95%)",
        "Strategy discussions held within timescale (10 hours)",
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "QA Snapshot!A2",
      "QA Snapshot!A4",
      "QA Snapshot!A5",
      "QA Snapshot!A6",
    ]);
    expect(issues[0]).toMatchObject({
      code: "target-in-name",
      severity: "info",
      field: "name",
      value: "Audit completion rate (Target 90%)",
    });
    expect(issues[0].message).toBe(
      '"Audit completion rate (Target 90%)" carries its target in its name ((Target 90%)). Put the target in the Target column so the measure can be rated.'
    );
    expect(issues.slice(1).map((i) => /name \((\(.*\))\)\./.exec(i.message)?.[1])).toEqual([
      "(short-term target 9%)",
      "(target of 95%)",
      "(10 hours)",
    ]);
  });

  it("reports nothing on names whose brackets are not targets", () => {
    expect(
      runRule(
        targetInName,
        snapshotTable([
          "Turnover (overall)",
          "Number of approved in-house placements (incl on-hold)",
          "% Children in Care (CIC) reviewed in timescales",
        ])
      )
    ).toEqual([]);
  });
});
