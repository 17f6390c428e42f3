/** @jest-environment node */
import { dateInvalid } from "../../../../src/core/validate/rules/date-invalid";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 32, docs/DATES.md: impossible as d/m/y; a suggestion is offered but never applied.

describe("date-invalid", () => {
  it("picks out exactly 01/16/2018 among the docs/DATES.md other forms, suggesting 2018-01-16", () => {
    const issues = runRule(dateInvalid, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D10"]);
    expect(issues[0]).toMatchObject({
      code: "date-invalid",
      severity: "error",
      field: "due",
      value: "01/16/2018",
    });
    expect(issues[0].message).toContain('"01/16/2018"');
    expect(issues[0].message).toMatch(/did you mean 2018-01-16\?/);
    expect(issues[0].message).toMatch(/Correct the date/);
  });

  it("finds Thurrock's 01/16/2018 in the Time column of a priority table (004 L248)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(4),
        [
          null,
          null,
          null,
          "The Placement Sufficiency and Commissioning Strategy is in place.",
          "Sue Green",
          null,
          "Apr-18",
          2,
          3,
          0,
          0,
          "Strategy in place focus on increase in local placements particularly foster care",
        ],
        [
          null,
          null,
          null,
          "Where voluntary arrangements are not sufficient to ensure a child's safety and emotional wellbeing appropriate action is initiated. Target 25% of CLA S20",
          "Janet Simon",
          null,
          "01/16/2018",
          2,
          3,
          0,
          0,
          "Tracked monthly and numbers reducing",
        ],
      ],
    });
    const issues = runRule(dateInvalid, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!G3"]);
    expect(issues[0].message).toMatch(/^The action in row 3 has "01\/16\/2018"/);
  });

  it("reports nothing on real day-first dates, including month ends taken as written", () => {
    const clean = bcpWithDeadlines([
      { raw: "30/12/22" },
      { raw: "31/12/22" },
      { raw: "29/02/2024" },
      { raw: "30/04/23" },
    ]);
    expect(runRule(dateInvalid, snapshotOf(clean))).toEqual([]);
  });

  it("treats 29/02 in a year that is not a leap year as impossible", () => {
    expect(
      cellsOf(runRule(dateInvalid, snapshotOf(bcpWithDeadlines([{ raw: "29/02/2023" }]))))
    ).toEqual(["Improvement Plan!D2"]);
  });
});
