/** @jest-environment node */
import { glyphMismatch } from "../../../../src/core/validate/rules/glyph-mismatch";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccWorkstream } from "../council-sheets";

// docs/STATUSES.md rule 1, docs/RULES.md rule 43: statuses are mapped by label; a glyph that disagrees is reported.

const block = (legend: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("2.1", "Quality & Pace of Decision making", "Ann James"),
      ["Comment about overall status", null, null, null, "Actions status"],
      ...legend.map((entry, i) => [null, null, null, null, entry, i === 1 ? "X" : null]),
    ],
  });

describe("glyph-mismatch", () => {
  it("reports the DASHBOARD pairing '◆ Compromised' / '▲ At risk' (000 L128–129), going by the label", () => {
    const issues = runRule(
      glyphMismatch,
      block(["■ On target", "◆ Compromised", "▲ At risk", "● Completed"])
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!E4", "Focus on Practice!E5"]);
    expect(issues[0]).toMatchObject({
      code: "glyph-mismatch",
      severity: "warning",
      field: "status",
      value: "◆ Compromised",
    });
    expect(issues[0].message).toBe(
      '"◆ Compromised" pairs the amber glyph with the red label; Plan Tracker goes by the label (red). Use the plan\'s usual glyph for Compromised.'
    );
    expect(issues[1].message).toContain("pairs the red glyph with the amber label");
  });

  it("reports nothing on the workstream legends' own pairing (000 L144–147)", () => {
    expect(
      runRule(glyphMismatch, block(["■ On target", "◆ At risk", "▲ Compromised", "● Completed"]))
    ).toEqual([]);
  });

  it("reports nothing on labels written without glyphs", () => {
    expect(
      runRule(glyphMismatch, block(["On target", "At risk", "Compromised", "Completed"]))
    ).toEqual([]);
  });
});
