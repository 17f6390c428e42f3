/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { validatePlan } from "../../../../src/core/validate/validate-plan";
import { snapshotOf } from "../../../support/snapshot-builder";

// Text split off an action continues it on the very next row, and holds only prose. A titled row
// anywhere else — under a heading, after a gap, straight under the header — or one with a figure or a
// group of its own, is an action, whatever it lacks; validation then says what it lacks.
describe("a row with a title but no Ref, owner, date or status", () => {
  const snapshot = snapshotOf({
    name: "Plan",
    rows: [
      ["Theme", "Action", "Owner", "Deadline", "RAG", "Progress", "% complete"],
      ["", "Pilot the new front door", "", "", "", "Scoping"],
      [
        "Workforce",
        "Recruit six social workers",
        "Ann Jones",
        "March 2026",
        "Green",
        "On track",
        0.4,
      ],
      ["", "and report to the board", "", "", "", "in June"],
      [],
      ["", "Refresh the supervision policy", "", "", "", "Drafting"],
      ["", "1. Practice quality"],
      ["", "Audit case files monthly", "", "", "", "From May"],
      ["", "Train managers in supervision", "Bob Lee", "June 2026", "Amber", "", 0.2],
      ["", "Embed the audit tool", "", "", "", "", 0.1],
      ["Voice of the child", "Run a children's panel", "", "", "", "Booked"],
    ],
  });
  const model = detectPlan(snapshot);
  const rowsOf = (kind: string): number[] =>
    model.rowNotes.filter((n) => n.kind === kind).map((n) => n.row);

  it("continues the action directly above it, and is an action anywhere else", () => {
    expect(model.actions.map((a) => [a.row, a.title])).toEqual([
      [2, "Pilot the new front door"],
      [3, "Recruit six social workers"],
      [6, "Refresh the supervision policy"],
      [8, "Audit case files monthly"],
      [9, "Train managers in supervision"],
      [10, "Embed the audit tool"],
      [11, "Run a children's panel"],
    ]);
    expect(rowsOf("continuation-row")).toEqual([4]);
    expect(rowsOf("section-row")).toEqual([7]);
    // The group written on row 3 is carried down to the heading, not past it.
    expect(model.actions.map((a) => a.group)).toEqual([
      "",
      "Workforce",
      "Workforce",
      "1. Practice quality",
      "1. Practice quality",
      "1. Practice quality",
      "Voice of the child",
    ]);
  });

  it("is told what it lacks, not that it may belong to the row above", () => {
    const issues = validatePlan(snapshot, model);
    const at = (row: number): string[] =>
      issues.filter((i) => i.cell.replace(/^\D+/, "") === String(row)).map((i) => i.code);
    expect(at(6)).not.toContain("continuation-row");
    expect(at(6).some((code) => /owner/.test(code))).toBe(true);
    expect(at(4)).toContain("continuation-row");
  });
});
