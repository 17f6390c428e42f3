/** @jest-environment node */
import { MIXED_VALIDATION, type KeptValidation } from "../../src/core/undo/kept-validation";
import { keptValidationOf, officeRuleOf } from "../../src/excel/validation-rule";

const DEFAULTS = {
  ignoreBlanks: true,
  prompt: { showPrompt: false, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
};

describe("data validation between Office.js and the undo record", () => {
  it.each<[string, unknown, KeptValidation]>([
    [
      "a list from a range",
      { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$6" } },
      { type: "list", formulae: ["Lists!$A$2:$A$6"], inCellDropDown: true },
    ],
    [
      "an inline list",
      { list: { inCellDropDown: false, source: "Yes,No" } },
      { type: "list", formulae: ['"Yes,No"'], inCellDropDown: false },
    ],
    [
      "a whole number between two",
      { wholeNumber: { operator: "Between", formula1: 1, formula2: 5 } },
      { type: "whole", operator: "between", formulae: [1, 5] },
    ],
    [
      "a decimal over a cell",
      { decimal: { operator: "GreaterThanOrEqualTo", formula1: "=B1" } },
      { type: "decimal", operator: "greaterThanOrEqual", formulae: ["B1"] },
    ],
    [
      "a custom formula",
      { custom: { formula: "=LEN(A1)<10" } },
      { type: "custom", formulae: ["LEN(A1)<10"] },
    ],
  ])("%s goes into the record and back to the same rule", (_name, rule, kept) => {
    const read = keptValidationOf({ type: "List", rule, ...DEFAULTS });
    expect(read).toEqual({
      ...kept,
      allowBlank: true,
      showInputMessage: false,
      showErrorMessage: true,
      errorStyle: "stop",
    });
    expect(officeRuleOf(kept)).toEqual(rule);
  });

  it("keeps the council's prompt and error alert", () => {
    const read = keptValidationOf({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "On track,At risk" } },
      ignoreBlanks: false,
      prompt: { showPrompt: true, title: "Status", message: "Choose one" },
      errorAlert: {
        showAlert: true,
        style: "Warning",
        title: "Status",
        message: "Pick a status from the list.",
      },
    });
    expect(read).toEqual({
      type: "list",
      formulae: ['"On track,At risk"'],
      inCellDropDown: true,
      allowBlank: false,
      showInputMessage: true,
      promptTitle: "Status",
      prompt: "Choose one",
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Status",
      error: "Pick a status from the list.",
    });
  });

  it.each([
    ["None", null],
    ["Inconsistent", MIXED_VALIDATION],
    ["MixedCriteria", MIXED_VALIDATION],
  ])("a range whose validation type is %s is kept as %p", (type, expected) => {
    expect(keptValidationOf({ type, rule: null, ...DEFAULTS })).toBe(expected);
  });
});
