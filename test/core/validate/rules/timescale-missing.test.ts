/** @jest-environment node */
import { timescaleMissing } from "../../../../src/core/validate/rules/timescale-missing";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 26: a blank timescale; the action can never be overdue, so it is never rated green.

describe("timescale-missing", () => {
  it("reports each blank Timescale of the 3.2 NEET block (000 L602–606)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.2", "NEET", "Sarah Poultney"),
        ["Key Actions, Owners and Timescale"],
        GCC_ACTIONS,
        ["Develop a NEET reduction plan with partners", "Sarah Poultney", null],
        ["Track EET outcomes for care leavers monthly", "Sarah Poultney", "By September 2022"],
        ["Improve joint working with Prospects", "Sarah Poultney / Viki Walters", null],
      ],
    });
    const issues = runRule(timescaleMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!C4", "Focus on Practice!C6"]);
    expect(issues[0]).toMatchObject({
      code: "timescale-missing",
      severity: "error",
      field: "due",
      value: null,
    });
    expect(issues[1].message).toBe(
      'The action in row 6 has no timescale, so it cannot be rated or reported as overdue. Enter a due date such as "By June 2023" or "30/06/2023".'
    );
  });

  it("reports nothing when every action is dated", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        [
          "Plan signed off by SWFPG (Strategic Workforce group) and subsequently reviewed at each meeting",
          "Ann James / SWFPG",
          "By June 2022",
        ],
        [
          "Arrange weekly meet with the Director meeting for staff",
          "Ann James",
          "From 1 st May 2022",
        ],
        [
          "Introduce a process of monitoring use of emergency accommodation",
          "Mark Bone",
          "Ongoing",
        ],
      ],
    });
    expect(runRule(timescaleMissing, snapshot)).toEqual([]);
  });

  it("does not ask a tombstone for a date (BCP 1.5 'Removed and put into 1.7')", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.4",
          "Improve assessment and support to unborn and new-born children.",
          "Juliette Blake",
          "30/9/22",
        ],
        ["1.5", "Removed and put into 1.7"],
        [
          "1.7",
          "Improve knowledge, skills, and confidence of risks to children from DA",
          "Juliette Blake",
          null,
        ],
      ],
    });
    const issues = runRule(timescaleMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D4"]);
    expect(issues[0].message).toMatch(/^Action 1\.7 has no timescale/);
  });
});
