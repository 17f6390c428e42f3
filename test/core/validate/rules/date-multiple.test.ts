/** @jest-environment node */
import { dateMultiple } from "../../../../src/core/validate/rules/date-multiple";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS } from "../council-sheets";

// docs/RULES.md rule 34, docs/DATES.md: several dates in one cell are a revision history; the last is the due date.

describe("date-multiple", () => {
  it("picks out BCP 3.14's three deadlines among the docs/DATES.md other forms", () => {
    const issues = runRule(dateMultiple, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D6"]);
    expect(issues[0]).toMatchObject({
      code: "date-multiple",
      severity: "info",
      field: "due",
      value: "30/6/2022 23/11/2022 23/01/2023",
    });
    expect(issues[0].message).toContain("the last (2023-01-23) is taken as the due date");
    expect(issues[0].message).toContain("2022-06-30, 2022-11-23");
  });

  it("reports nothing when each cell holds one date", () => {
    const clean = bcpWithDeadlines([
      { raw: "30/6/2022" },
      { raw: "23/11/2022" },
      { raw: "23/01/2023" },
    ]);
    expect(runRule(dateMultiple, snapshotOf(clean))).toEqual([]);
  });

  it("treats a two-month window as one timescale, not two dates", () => {
    const window = bcpWithDeadlines([
      { raw: "May 2022 to September 2022" },
      { raw: "Jan 2022 to March 2023" },
    ]);
    expect(runRule(dateMultiple, snapshotOf(window))).toEqual([]);
  });
});
