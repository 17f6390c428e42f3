/** @jest-environment node */
import ExcelJS from "exceljs";
import { MIXED_VALIDATION } from "../../src/core/undo/kept-validation";
import {
  clearValidation,
  restoreValidation,
  validationBefore,
} from "../../src/xlsx/data-validations";

const LIST = { type: "list", allowBlank: true, formulae: ['"Yes,No"'] };
const OTHER = { type: "whole", operator: "between", allowBlank: false, formulae: [1, 5] };

const sheetWith = (model: Record<string, unknown>) => {
  const sheet = new ExcelJS.Workbook().addWorksheet("Plan");
  const validations = Reflect.get(sheet, "dataValidations") as { model: Record<string, unknown> };
  Object.assign(validations.model, model);
  return { sheet, model: validations.model };
};

describe("data validation in exceljs's model", () => {
  it("clears a range, keeping the rest of a rule that reaches outside it (as Excel's clear does)", () => {
    const { sheet, model } = sheetWith({ "C1:C10": LIST, D4: OTHER, C4: OTHER });
    clearValidation(sheet, "C3:D5");
    expect(model).toEqual({ "C1:C2": LIST, "C6:C10": LIST });
  });

  it("says what a range held: one rule, none, or a mix", () => {
    const { sheet } = sheetWith({ "C1:C10": LIST, D4: OTHER, E4: LIST, E5: OTHER });
    expect(validationBefore(sheet, "C2:C5")).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"Yes,No"'],
    });
    expect(validationBefore(sheet, "F2:F5")).toBeNull();
    expect(validationBefore(sheet, "D3:D4")).toBe(MIXED_VALIDATION);
    expect(validationBefore(sheet, "E4:E5")).toBe(MIXED_VALIDATION);
  });

  it("lays a kept rule back over a cleared range, and nothing where there was none", () => {
    const { sheet, model } = sheetWith({
      "C2:C5": { type: "list", allowBlank: true, formulae: ["Lists!$A$2:$A$6"] },
    });
    restoreValidation(sheet, "C2:C5", {
      type: "whole",
      operator: "between",
      allowBlank: false,
      formulae: [1, 5],
    });
    expect(model).toEqual({ "C2:C5": OTHER });
    restoreValidation(sheet, "C2:C5", null);
    expect(model).toEqual({});
  });

  it("keeps date limits as serials in the record and as dates in exceljs", () => {
    const date = new Date(Date.UTC(2023, 0, 31));
    const { sheet, model } = sheetWith({
      B2: { type: "date", operator: "greaterThan", allowBlank: true, formulae: [date] },
    });
    const kept = validationBefore(sheet, "B2");
    expect(kept).toEqual({
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [44957],
    });
    restoreValidation(sheet, "B2", kept === MIXED_VALIDATION ? null : kept);
    expect(model).toEqual({
      B2: { type: "date", operator: "greaterThan", allowBlank: true, formulae: [date] },
    });
  });
});
