/** @jest-environment node */
import { extraCell } from "../../../../src/core/validate/rules/extra-cell";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS } from "../council-sheets";

// docs/RULES.md rule 5: a row wider than its header (BCP 1.15–1.18: 44 cells, a flattened caseload table).

const ACTION_117 = [
  "1.17",
  "Continue to improve oversight of PLO and care proceedings and evidence impact",
  "Sara Scholey",
  "31/8/22",
  null,
  null,
  "Regular SD oversight on progress of PLO cases with SM PLO/Court team.",
  null,
];

describe("extra-cell", () => {
  it("reports the first cell past the last heading of a row that runs on", () => {
    const flattened = [
      "1.18",
      "Reduce caseloads so social workers have time to know their children",
      "Sara Scholey",
      "31/3/23",
      null,
      "Caseloads within strategy",
      "Caseload strategy agreed",
      "See table",
      "Caseloads",
      "Average Caseload strategy May 2022",
      "Range MARCH 2022",
      "Range SEPT 2022 FOR TEAM",
      "CHAD",
      22,
      "15 Ave",
      "10-23 (1 at 30)",
    ];
    const issues = runRule(
      extraCell,
      snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, ACTION_117, flattened] })
    );
    expect(cellsOf(issues)).toEqual(["Improvement Plan!I3"]);
    expect(issues[0]).toMatchObject({
      code: "extra-cell",
      severity: "warning",
      field: null,
      value: "Caseloads",
    });
    expect(issues[0].message).toBe(
      "Row 3 has values to the right of the last heading; they belong to no column and are not read. Move them into the right column or delete them."
    );
  });

  it("reports nothing when every row fits under the headings", () => {
    expect(
      runRule(extraCell, snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, ACTION_117] }))
    ).toEqual([]);
  });

  it("reports nothing on values under a heading Plan Tracker does not read (docs/HISTORY.md#issue-11: 'Notes', 'schedule_comment')", () => {
    const headed = [...BCP_ACTIONS, "Notes", "Cost"];
    const row = [...ACTION_117.slice(0, 8), "Agreed at board", 32000];
    expect(
      runRule(extraCell, snapshotOf({ name: "Improvement Plan", rows: [headed, row] }))
    ).toEqual([]);
  });

  it("still reports the first value past every heading when a headed column comes first", () => {
    const headed = [...BCP_ACTIONS, "Notes"];
    const row = [...ACTION_117.slice(0, 8), "Agreed at board", null, "stray"];
    expect(
      cellsOf(runRule(extraCell, snapshotOf({ name: "Improvement Plan", rows: [headed, row] })))
    ).toEqual(["Improvement Plan!K2"]);
  });
});
