/** @jest-environment node */
import { noPlanFound } from "../../../../src/core/validate/rules/no-plan-found";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";

describe("no-plan-found", () => {
  it("says once, at the first sheet's first cell, that nothing was recognised", () => {
    const issues = runRule(
      noPlanFound,
      snapshotOf({
        name: "Budget",
        rows: [
          ["Cost centre", "Budget"],
          ["CSC01", 120000],
        ],
      })
    );
    expect(cellsOf(issues)).toEqual(["Budget!A1"]);
    expect(issues[0]).toMatchObject({ code: "no-plan-found", severity: "error", field: null });
    expect(issues[0].message).toMatch(/No table of actions or measures was found/);
  });

  it("stays silent on a workbook with a plan table", () => {
    const plan = snapshotOf({
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Deadline"],
        ["1.1", "Strengthen the Early Help offer", "Juliette Blake", "30/04/23"],
      ],
    });
    expect(runRule(noPlanFound, plan)).toEqual([]);
  });
});
