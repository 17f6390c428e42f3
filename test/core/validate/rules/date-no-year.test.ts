/** @jest-environment node */
import { dateNoYear } from "../../../../src/core/validate/rules/date-no-year";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 33, docs/DATES.md: a bare month gets no inferred year.

describe("date-no-year", () => {
  it("picks out the bare month among the docs/DATES.md other forms", () => {
    const issues = runRule(dateNoYear, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D9"]);
    expect(issues[0]).toMatchObject({
      code: "date-no-year",
      severity: "error",
      field: "due",
      value: "Jun",
    });
    expect(issues[0].message).toBe(
      'Action 1.8 is due "Jun" with no year, so Plan Tracker cannot tell when it is due. Add the year.'
    );
  });

  it("finds Thurrock's Jun in a Time column (004 L241) and not the dated rows around it", () => {
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
          "Strategy in place",
        ],
        [
          null,
          null,
          null,
          "Permanence planning is tracked for every child in care.",
          "Janet Simon",
          null,
          "Jun",
          2,
          2,
          0,
          0,
          "Tracker in place",
        ],
        [
          null,
          null,
          null,
          "Foster carer recruitment meets the annual target.",
          "Sue Green",
          null,
          "Dec-18",
          2,
          2,
          0,
          0,
          "Campaign launched",
        ],
      ],
    });
    expect(cellsOf(runRule(dateNoYear, snapshot))).toEqual(["Development Plan!G3"]);
  });

  it("reports nothing when every month carries a year, written in full or as two digits", () => {
    const clean = bcpWithDeadlines([
      { raw: "June 2022" },
      { raw: "By Sept 22" },
      { raw: "Apr-18" },
      { raw: "Sept 22 onwards" },
    ]);
    expect(runRule(dateNoYear, snapshotOf(clean))).toEqual([]);
  });
});
