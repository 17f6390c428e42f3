/** @jest-environment node */
import { restorePlan, unrestorableValidations } from "../../../src/core/undo/restore-plan";
import { MIXED_VALIDATION } from "../../../src/core/undo/kept-validation";
import type { KeptCell } from "../../../src/core/undo/kept-cell";
import type { UndoRecord } from "../../../src/core/undo/undo-record";

const cell = (
  sheet: string,
  row: number,
  column: number,
  value: string,
  written: string
): KeptCell => ({
  sheet,
  row,
  column,
  value,
  formula: null,
  numberFormat: "General",
  fill: null,
  fontColour: null,
  bold: false,
  written,
});
const rule = (formula: string) => ({ kind: "formula" as const, formula, fill: "#D4351C" });

const RECORD: UndoRecord = {
  label: "Refresh RAG as of 31 Jan 2023",
  takenAt: "t",
  cells: [
    cell("Plan", 3, 5, "b", "B"),
    cell("Plan", 2, 5, "a", "A"),
    cell("Plan", 9, 5, "z", "Z"),
    cell("KPIs", 4, 3, "k", "K"),
  ],
  rules: [
    { sheet: "KPIs", range: "C4", rule: rule("=1") },
    { sheet: "KPIs", range: "C4", rule: rule("=2") },
  ],
  removedRules: [
    { sheet: "KPIs", range: "C4,E4", rule: rule("=0") },
    { sheet: "KPIs", range: "C5", rule: rule("=00") },
  ],
  validations: [
    { sheet: "Plan", range: "E2:E9", before: { type: "list", formulae: ['"Yes,No"'] } },
    { sheet: "Plan", range: "G2:G9", before: MIXED_VALIDATION },
  ],
};
const NOW = {
  sheetNames: ["plan", "KPIs", "Plan Tracker Undo"],
  stamp: { takenAt: "now", fingerprint: "f" },
};

describe("restorePlan", () => {
  it("puts cells back in rectangles guarded by what the run wrote, removes the newest rules first and then lays back the earlier highlighting the run replaced, gives each dropdown range its earlier rule, and clears the record last", () => {
    const plan = restorePlan(RECORD, NOW);
    if (!plan.ok) throw new Error(plan.error);
    const state = (value: string) => ({
      value,
      formula: null,
      numberFormat: "General",
      fill: null,
      fontColour: null,
      bold: false,
    });
    expect(plan.value).toEqual({
      basedOn: NOW.stamp,
      ops: [
        {
          kind: "restoreCells",
          sheet: "Plan",
          topLeft: "E2",
          cells: [[state("a")], [state("b")]],
          expected: [["A"], ["B"]],
        },
        {
          kind: "restoreCells",
          sheet: "Plan",
          topLeft: "E9",
          cells: [[state("z")]],
          expected: [["Z"]],
        },
        {
          kind: "restoreCells",
          sheet: "KPIs",
          topLeft: "C4",
          cells: [[state("k")]],
          expected: [["K"]],
        },
        { kind: "removeConditionalFormat", sheet: "KPIs", range: "C4", rule: rule("=2") },
        { kind: "removeConditionalFormat", sheet: "KPIs", range: "C4", rule: rule("=1") },
        { kind: "conditionalFormat", sheet: "KPIs", range: "C4,E4", rule: rule("=0") },
        { kind: "conditionalFormat", sheet: "KPIs", range: "C5", rule: rule("=00") },
        { kind: "restoreValidation", sheet: "Plan", range: "G2:G9", rule: null },
        {
          kind: "restoreValidation",
          sheet: "Plan",
          range: "E2:E9",
          rule: { type: "list", formulae: ['"Yes,No"'] },
        },
        { kind: "clearSheet", sheet: "Plan Tracker Undo" },
      ],
    });
    // Undo is not itself undoable.
    expect(plan.value.label).toBeUndefined();
  });

  it("refuses in one sentence when a sheet the run changed has gone", () => {
    expect(restorePlan(RECORD, { ...NOW, sheetNames: ["Plan"] })).toEqual({
      ok: false,
      error:
        "The sheet 'KPIs' that 'Refresh RAG as of 31 Jan 2023' changed is no longer in this workbook (renamed or deleted?), so Undo last run changed nothing.",
    });
  });

  it("names the dropdown ranges whose earlier mix of rules cannot be rebuilt", () => {
    expect(unrestorableValidations(RECORD)).toEqual(["Plan!G2:G9"]);
  });
});
