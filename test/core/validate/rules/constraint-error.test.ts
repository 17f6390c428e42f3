/** @jest-environment node */
import { constraintError } from "../../../../src/core/validate/rules/constraint-error";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 40: a value outside the vocabulary or range (a date-formatted 0 is date-serial-zero instead).

const row = (measure: string, ratings: (number | string | null)[]) => [
  null,
  null,
  "Develop the placement sufficiency strategy",
  measure,
  "Sue Green",
  null,
  "Apr-18",
  ...ratings,
  "Strategy in place",
];

describe("constraint-error", () => {
  it("reports 're' in RAG 05/18 (004 L228) and a 7 on the 1–5 scale", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(4),
        row("The Placement Sufficiency and Commissioning Strategy is in place.", [2, 3, 0, "re"]),
        row("Foster carer recruitment meets the annual target", [7, 3, 0, 0]),
      ],
    });
    const issues = runRule(constraintError, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!K2", "Development Plan!H3"]);
    expect(issues[0]).toMatchObject({
      code: "constraint-error",
      severity: "error",
      field: "rating",
      value: "re",
    });
    expect(issues[0].message).toBe(
      'The RAG 05/18 value "re" in row 2 is not a valid rating; it should be a whole number from 1 to 5 (0 or blank for not rated). Correct the cell.'
    );
    expect(issues[1].message).toContain('The RAG initial value "7" in row 3');
  });

  it("reports a status word outside the plan's vocabulary in a RAG column", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "3.8",
          "Establish multi-agency training on key and emerging issues.",
          "Rachel Gravett",
          "30/12/22",
          "Purple-ish",
          "A robust training offer",
          "Framework",
          "Impact will follow this.",
        ],
      ],
    });
    const issues = runRule(constraintError, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!E2"]);
    expect(issues[0].field).toBe("status");
    expect(issues[0].message).toContain("one of the plan's status words");
  });

  it("leaves 0, blank and the date-formatted 0 ('Jan-00', 004 L326) to their own rules", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(8),
        row("H&WB board plans in place", [3, 3, 0, 0]),
        row("All teams use recording system", [2, 2, null, null]),
      ],
      numberFormats: { K2: "mmm-yy" },
    });
    expect(runRule(constraintError, snapshot)).toEqual([]);
  });

  it("reports nothing on valid ratings and status words", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "3.8",
          "Establish multi-agency training",
          "Rachel Gravett",
          "30/12/22",
          "Amber",
          "x",
          "y",
          "z",
        ],
        [
          "3.11",
          "Management oversight is consistently visible",
          "Sara Scholey",
          "31/12/22",
          "On track",
          "x",
          "y",
          "z",
        ],
      ],
    });
    expect(runRule(constraintError, snapshot)).toEqual([]);
  });
});
