/** @jest-environment node */
import { uniqueError } from "../../../../src/core/validate/rules/unique-error";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS } from "../council-sheets";

// docs/RULES.md rule 9: a Ref used twice, checked across the live and completed tables (no seed case: synthetic).

const plan = (live: string[], completed: string[]) =>
  snapshotOf({
    name: "Improvement Plan",
    rows: [
      ["3. Leadership and management"],
      BCP_ACTIONS,
      ...live.map((ref) => [
        ref,
        `Action ${ref}: establish multi-agency training on key and emerging issues.`,
        "Rachel Gravett",
        "30/12/22",
      ]),
      [],
      ["COMPLETED ACTIONS REMOVED FROM MAIN PLAN"],
      BCP_ACTIONS,
      ...completed.map((ref) => [
        ref,
        `Completed ${ref}: highly competent management and leadership at all levels`,
        "Rachel Gravett",
        "30/03/23",
      ]),
    ],
  });

describe("unique-error", () => {
  it("reports a Ref repeated in the live table and a live Ref reused in the completed table", () => {
    const issues = runRule(uniqueError, plan(["3.5", "3.8", "3.8", "3.11"], ["3.1", "3.5"]));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!A5", "Improvement Plan!A11"]);
    expect(issues[0]).toMatchObject({
      code: "unique-error",
      severity: "error",
      field: "ref",
      value: "3.8",
    });
    expect(issues[0].message).toBe(
      "Ref 3.8 is already used in row 4, so the two actions cannot be told apart. Give this action its own Ref."
    );
    expect(issues[1].message).toMatch(/^Ref 3\.5 is already used in row 3,/);
  });

  it("names the sheet when the first use is on another sheet", () => {
    const snapshot = snapshotOf(
      {
        name: "Improvement Plan",
        rows: [
          BCP_ACTIONS,
          [
            "3.5",
            "Highly competent management and leadership at all levels",
            "Rachel Gravett",
            "30/03/23",
          ],
        ],
      },
      {
        name: "Completed",
        rows: [
          BCP_ACTIONS,
          ["3.5", "Developing leaders of the future", "Rachel Gravett", "30/03/23"],
        ],
      }
    );
    const issues = runRule(uniqueError, snapshot);
    expect(cellsOf(issues)).toEqual(["Completed!A2"]);
    expect(issues[0].message).toContain("already used in row 2 of Improvement Plan");
  });

  it("reports nothing when live and completed Refs are all different", () => {
    expect(runRule(uniqueError, plan(["3.5", "3.8", "3.11"], ["3.1", "3.3", "3.4"]))).toEqual([]);
  });
});
