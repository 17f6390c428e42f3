/** @jest-environment node */
import { rowShifted } from "../../../../src/core/validate/rules/row-shifted";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { thurrockActions } from "../council-sheets";

// docs/RULES.md rule 15: values k columns left, found by the date-like Time and the 0–5 rating pair.
// The two shifted rows are exactly as the source holds them (docs/SAMPLES.md#thurrock, 004 L177 and L345).

const L177 = [
  null,
  null,
  "A consistent approach to assessment and EH plans is established and evidenced through audit .Cases that step down from social care have good quality information that include risk assessment and contingency plans",
  "Clare Moore",
  "Joe Tynan",
  "Jun-18",
  2,
  2,
  0,
  0,
  "Outcomes star introduced. Threshold understood to be tracked in quarterly audit.",
  null,
];
const L345 = [
  "All teams use recording system to capture their work",
  "Strategic Leads and Service Managers",
  null,
  "Feb-18",
  2,
  2,
  0,
  0,
  null,
  null,
  null,
  null,
];
const fits = (measure: string) => [
  null,
  null,
  "Implement a workforce strategy",
  measure,
  "S Murphy",
  "Janet D",
  "Jan-18",
  2,
  4,
  0,
  0,
  "Strategy in place",
];

describe("row-shifted", () => {
  it("reports Thurrock L177 (k=1) and L345 (k=3) at their first cell, saying how far to move them", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(2),
        fits("Strategy in place"),
        L177,
        [],
        thurrockActions(8),
        fits("H&WB board plans in place"),
        L345,
      ],
    });
    const issues = runRule(rowShifted, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!C3", "Development Plan!A7"]);
    expect(issues[0]).toMatchObject({ code: "row-shifted", severity: "error", field: null });
    expect(issues[0].message).toBe(
      "The values in row 3 sit 1 column to the left of their headings (the date and ratings are out of place). Plan Tracker read them re-aligned; move the cells 1 column to the right to fix the row."
    );
    expect(issues[1].message).toContain("sit 3 columns to the left");
  });

  it("reports nothing when each row's Time and ratings sit under their headings", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        fits("Strategy in Place"),
        fits("Reduced use of agency staff"),
        [null, null, null, "Not yet dated", "S Murphy", null, null, null, null, null, null, null],
      ],
    });
    expect(runRule(rowShifted, snapshot)).toEqual([]);
  });
});
