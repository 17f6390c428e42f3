/** @jest-environment node */
import type { CellValue } from "../../../../src/core/model/cell-value";
import { refGap } from "../../../../src/core/validate/rules/ref-gap";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS } from "../council-sheets";

// docs/RULES.md rule 10: a numbering gap not explained by the completed table or a tombstone.

const action = (ref: string): CellValue[] => [
  ref,
  `Action ${ref}: improve oversight of PLO and care proceedings`,
  "Sara Scholey",
  "31/8/22",
  null,
  "Regular SD oversight",
  "Reviewed monthly.",
  "Impact to follow.",
];

/** A BCP plan: live actions under section 1, then the completed table (docs/LAYOUTS.md#bcp). */
const plan = (live: CellValue[][], completed: CellValue[][] = []) =>
  snapshotOf({
    name: "Improvement Plan",
    rows: [
      ["1. The experiences and progress of children who need help and protection"],
      BCP_ACTIONS,
      ...live,
      [],
      ["COMPLETED ACTIONS REMOVED FROM MAIN PLAN"],
      BCP_ACTIONS,
      ...completed,
    ],
  });

describe("ref-gap", () => {
  it("reports each unexplained gap at the Ref after it, one Ref (BCP's 1.10, 2.2) or several (2.11, 2.12)", () => {
    const issues = runRule(
      refGap,
      plan([
        action("1.9"),
        action("1.11"),
        action("2.1"),
        action("2.3"),
        action("2.4"),
        action("2.5"),
        action("2.6"),
        action("2.7"),
        action("2.8"),
        action("2.9"),
        action("2.10"),
        action("2.13"),
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Improvement Plan!A4",
      "Improvement Plan!A6",
      "Improvement Plan!A14",
    ]);
    expect(issues[0]).toMatchObject({
      code: "ref-gap",
      severity: "warning",
      field: "ref",
      value: "1.11",
    });
    expect(issues.map((i) => i.message.split(" missing")[0])).toEqual([
      "Ref 1.10 is",
      "Ref 2.2 is",
      "Refs 2.11, 2.12 are",
    ]);
    expect(issues[0].message).toMatch(
      /between 1\.9 and 1\.11, and not in the completed table\. Record where it went/
    );
  });

  it("does not report a gap the completed table explains (1.12 is completed)", () => {
    const completed = [
      "1.12",
      "Incorporate practice in relation to working with families who experience domestic abuse as part of the PLR audit cycle",
      "Rachel Gravett",
      "31/5/23",
    ];
    expect(runRule(refGap, plan([action("1.11"), action("1.13")], [completed]))).toEqual([]);
  });

  it("does not report a gap a tombstone fills (1.5 'Removed and put into 1.7', 003 L81)", () => {
    expect(
      runRule(
        refGap,
        plan([action("1.4"), ["1.5", "Removed and put into 1.7"], action("1.6"), action("1.7")])
      )
    ).toEqual([]);
  });

  it("sorts Refs as numbers, part by part: 1.9 < 1.10 < 1.11 whatever the row order", () => {
    expect(
      runRule(refGap, plan([action("1.11"), action("1.9"), action("1.10"), action("1.12")]))
    ).toEqual([]);
  });

  it("reports nothing on contiguous numbering, and no gap between priorities (1.23 → 2.1)", () => {
    expect(
      runRule(refGap, plan([action("1.22"), action("1.23"), action("2.1"), action("2.2")]))
    ).toEqual([]);
  });

  it("names a gap in plain numbered refs as 52, 53 — never '.52, .53' (docs/HISTORY.md#issue-11) — and none where the numbers run on", () => {
    const issues = runRule(refGap, plan([action("50"), action("51"), action("54")]));
    expect(issues.map((i) => i.message.split(" missing")[0])).toEqual(["Refs 52, 53 are"]);
    expect(runRule(refGap, plan([action("50"), action("51"), action("52")]))).toEqual([]);
  });
});
