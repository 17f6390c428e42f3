/** @jest-environment node */
import { formulaUncalculated } from "../../../../src/core/validate/rules/formula-uncalculated";
import type { WorkbookSnapshot } from "../../../../src/core/snapshot/workbook-snapshot";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";

const PLAN = [
  ["Ref", "Action", "Lead", "Deadline", "% complete"],
  ["1.1", "Strengthen the Early Help offer", "Juliette Blake", "30/04/23", null],
  ["1.2", "Audit supervision quality", "Sam Okafor", "31/05/23", null],
];

/** The snapshot as the .xlsx reader gives it when some sheets' formulas have no saved results. */
const withUncalculated = (
  snapshot: WorkbookSnapshot,
  counts: Record<string, { cells: number; first: string }>
): WorkbookSnapshot => ({
  ...snapshot,
  sheets: snapshot.sheets.map((sheet) =>
    counts[sheet.name] ? { ...sheet, uncalculated: counts[sheet.name] } : sheet
  ),
});

describe("formula-uncalculated", () => {
  it("says once, at the first such cell, how many formulas across the workbook were never calculated", () => {
    const snapshot = withUncalculated(
      snapshotOf({ name: "Plan", rows: PLAN }, { name: "Measures", rows: [["Measure", "Target"]] }),
      {
        Plan: { cells: 2, first: "E2" },
        Measures: { cells: 3, first: "B2" },
      }
    );
    const issues = runRule(formulaUncalculated, snapshot);
    expect(cellsOf(issues)).toEqual(["Plan!E2"]);
    expect(issues[0]).toMatchObject({
      code: "formula-uncalculated",
      severity: "warning",
      field: null,
    });
    expect(issues[0].message).toBe(
      "5 cells hold formulas that were never calculated: open and save the workbook in Excel first."
    );
  });

  it("says one cell in the singular", () => {
    const issues = runRule(
      formulaUncalculated,
      withUncalculated(snapshotOf({ name: "Plan", rows: PLAN }), {
        Plan: { cells: 1, first: "E3" },
      })
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      "1 cell holds a formula that was never calculated: open and save the workbook in Excel first.",
    ]);
  });

  it("stays silent when every formula has its value (always, inside Excel)", () => {
    expect(runRule(formulaUncalculated, snapshotOf({ name: "Plan", rows: PLAN }))).toEqual([]);
  });
});
