/** @jest-environment node */
import { placeholderText } from "../../../../src/core/validate/rules/placeholder-text";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";

// docs/RULES.md rule 61: unfilled template text that would reach the board.

const dashboard = (period: string) =>
  snapshotOf({
    name: "DASHBOARD",
    rows: [
      ["DASHBOARD"],
      ["Reporting period:", null, period],
      [null, null, "Actions Status", null, "Impact Status"],
      ["1. Timely and skilled interventions", "■ On target", null, "■ On target", null],
    ],
  });

describe("placeholder-text", () => {
  it("reports the unfilled board period 'Improvement Board – xx 2022' (000 L125)", () => {
    const issues = runRule(placeholderText, dashboard("Improvement Board – xx 2022"));
    expect(cellsOf(issues)).toEqual(["DASHBOARD!C2"]);
    expect(issues[0]).toMatchObject({
      code: "placeholder-text",
      severity: "error",
      field: null,
      value: "Improvement Board – xx 2022",
    });
    expect(issues[0].message).toBe(
      'Cell C2 still holds template text "Improvement Board – xx 2022". Fill in the real value before the pack goes to the board.'
    );
  });

  it("reports [insert …] prompts left in a cell", () => {
    expect(
      cellsOf(runRule(placeholderText, dashboard("Improvement Board – [insert month] 2022")))
    ).toEqual(["DASHBOARD!C2"]);
  });

  it("reports nothing once the period is filled in (v2.0: 'Improvement Board – 28 July 2022', 001 L3673)", () => {
    expect(runRule(placeholderText, dashboard("Improvement Board – 28 July 2022"))).toEqual([]);
  });

  it("does not take words containing 'xx' for a placeholder", () => {
    expect(
      runRule(placeholderText, dashboard("Improvement Board – Foxxton House, 28 July 2022"))
    ).toEqual([]);
  });
});
