/** @jest-environment node */
import { foreignKey } from "../../../../src/core/validate/rules/foreign-key";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 12: a pointer to a Ref that is not in the plan.

const ACTION_17 = [
  "1.7",
  "Improve knowledge, skills, and confidence of risks to children from DA",
  "Juliette Blake",
  "31/5/23",
  null,
  "Better awareness across the staff",
  "Bespoke training was developed",
  "Not yet able to evidence",
];

describe("foreign-key", () => {
  it("reports a tombstone and an Impact cell that point at actions the plan does not hold", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        ["1.5", "Removed and put into 1.8"],
        ACTION_17,
        [
          "2.4",
          "Improve the stability of placements for children in care",
          "Sara Scholey",
          "31/3/23",
          null,
          "Fewer children with 3+ placements",
          "Placement panel reviews weekly",
          "See 2.6",
        ],
      ],
    });
    const issues = runRule(foreignKey, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!B2", "Improvement Plan!H4"]);
    expect(issues.map((i) => i.field)).toEqual(["title", "impact"]);
    expect(issues[0]).toMatchObject({
      code: "foreign-key",
      severity: "warning",
      value: "Removed and put into 1.8",
    });
    expect(issues[0].message).toBe(
      "Action 1.5 refers to action 1.8, which is not in the plan. Correct the reference or restore action 1.8."
    );
    expect(issues[1].message).toMatch(/^Action 2\.4 refers to action 2\.6/);
  });

  it("reports nothing when the pointer's target exists: 1.5 'Removed and put into 1.7' (003 L81)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [BCP_ACTIONS, ["1.5", "Removed and put into 1.7"], ACTION_17],
    });
    expect(runRule(foreignKey, snapshot)).toEqual([]);
  });

  it("reports nothing in a plan without Refs, where 'see 2.1' cannot be checked", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.2", "Practice Standards", "Ann James"),
        GCC_ACTIONS,
        [
          "Embed practice standards; see 2.1 for the decision-making work",
          "Ann James",
          "By July 2022",
        ],
      ],
    });
    expect(runRule(foreignKey, snapshot)).toEqual([]);
  });
});
