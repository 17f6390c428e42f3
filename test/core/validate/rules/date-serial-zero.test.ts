/** @jest-environment node */
import { dateSerialZero } from "../../../../src/core/validate/rules/date-serial-zero";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS, serial, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 35: 0 shown through a date format ("Jan-00"), in a timescale or in a rating column.

describe("date-serial-zero", () => {
  it("picks out the serial 0 formatted mmm-yy among the docs/DATES.md other forms", () => {
    const issues = runRule(dateSerialZero, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D14"]);
    expect(issues[0]).toMatchObject({
      code: "date-serial-zero",
      severity: "error",
      field: "due",
      value: 0,
    });
    expect(issues[0].message).toMatch(/^Action 1\.13 has 0 formatted as a date/);
    expect(issues[0].message).toMatch(/Enter the due date/);
  });

  it("finds Thurrock's Jan-00 in RAG 05/18 (004 L326), beside the real Nov-16 date and plain zeros", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(8),
        [
          null,
          "Services and outcomes for children and young people are continually improving",
          "Implement a multi-agency strategic plan with agreed priorities",
          "H&WB board plans in place",
          "Rory Patterson",
          null,
          serial(2016, 11, 1),
          3,
          3,
          0,
          0,
          "Meets regulary",
        ],
        [
          null,
          null,
          null,
          "All teams use recording system to capture their work",
          "Strategic Leads and Service Managers",
          null,
          serial(2018, 2, 1),
          2,
          2,
          0,
          0,
          null,
        ],
      ],
      numberFormats: { G2: "mmm-yy", G3: "mmm-yy", K2: "mmm-yy" },
    });
    const issues = runRule(dateSerialZero, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!K2"]);
    expect(issues[0]).toMatchObject({ field: "rating", value: 0 });
    expect(issues[0].message).toContain("in RAG 05/18");
    expect(issues[0].message).toMatch(/neither a date nor a rating/);
  });

  it("reports nothing when zeros are plain numbers and dates are real serials", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(8),
        [
          null,
          "Outcome",
          "Action",
          "H&WB board plans in place",
          "Rory Patterson",
          null,
          serial(2016, 11, 1),
          3,
          3,
          0,
          0,
          "Meets regulary",
        ],
      ],
      numberFormats: { G2: "mmm-yy" },
    });
    expect(runRule(dateSerialZero, snapshot)).toEqual([]);
  });
});
