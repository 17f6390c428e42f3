/** @jest-environment node */
import { measurePlaceholder } from "../../../../src/core/validate/rules/measure-placeholder";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccMeasureHeader } from "../council-sheets";

// docs/RULES.md rule 51: "(tbc)", "(in development)", "(data provided once …)" in the name: "No information".

const grid = (names: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      ["Metrics including saving / efficiency (if relevant)"],
      ...gccMeasureHeader(["March 22", "April"]),
      ...names.map((name) => [name, 1, null]),
    ],
  });

describe("measure-placeholder", () => {
  it("reports the names that say the measure is not ready (000 L229, L313, L400)", () => {
    const issues = runRule(
      measurePlaceholder,
      grid([
        "Percentage of Care leavers with PA allocated at 17",
        "Percentage of Care leavers with PA allocated at 16 (in development)",
        "Numbers of Team managers having completed the Team Manager Management and Leadership Programme (data provided once cohorts have finished the training)",
        "Number of return home interviews completed (tbc)",
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!A5",
      "Focus on Practice!A6",
      "Focus on Practice!A7",
    ]);
    expect(issues[0]).toMatchObject({
      code: "measure-placeholder",
      severity: "info",
      field: "name",
      value: "Percentage of Care leavers with PA allocated at 16 (in development)",
    });
    expect(issues[0].message).toBe(
      '"Percentage of Care leavers with PA allocated at 16 (in development)" is marked as not yet available, so it is listed as "No information" and not rated.'
    );
  });

  it("reports nothing on ordinary names, including other notes in brackets", () => {
    expect(
      runRule(
        measurePlaceholder,
        grid([
          "Turnover (overall)",
          "Number of approved in-house placements (incl on-hold)",
          "Audit completion rate (Target 90%)",
        ])
      )
    ).toEqual([]);
  });
});
