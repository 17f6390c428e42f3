/** @jest-environment node */
import { excelError } from "../../../../src/core/validate/rules/excel-error";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";

const plan = (deadline: string, measure: string) =>
  snapshotOf(
    {
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Deadline", "RAG"],
        ["1.1", "Strengthen the Early Help offer", "Juliette Blake", deadline, "On track"],
        ["1.2", "Improve EH assessments", "Sarah Rempel", "30/09/23", "At risk"],
      ],
    },
    {
      name: "KPIs",
      rows: [
        [null, "Sep 22", "Oct 22", "Nov 22", "National"],
        ["Percentage of re-referrals in 12 months", "28%", "29%", measure, "22%"],
      ],
    }
  );

describe("excel-error", () => {
  it("reports a plan cell that shows an Excel error, with its field", () => {
    const issues = runRule(excelError, plan("#N/A", "#REF!"));
    expect(cellsOf(issues)).toEqual(["Plan!D2", "KPIs!D2"]);
    expect(issues[0]).toMatchObject({
      code: "excel-error",
      severity: "error",
      field: "due",
      value: "#N/A",
    });
    expect(issues[0].message).toMatch(/shows #N\/A, an Excel error/);
    expect(issues[1].field).toBe("period");
  });

  it("stays silent when the cells hold values", () => {
    expect(runRule(excelError, plan("30/04/23", "29%"))).toEqual([]);
  });
});
