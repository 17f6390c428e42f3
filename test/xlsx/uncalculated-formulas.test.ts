/** @jest-environment node */
import ExcelJS from "exceljs";
import { detectPlan } from "../../src/core/parse/detect-plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { validatePlan } from "../../src/core/validate/validate-plan";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// A plan whose formulas a program wrote and nobody calculated: without saved results they read as
// empty, so validation must say so rather than report "No issues found" over values it never saw.
const written = async (withResults: boolean): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.addRow(["Ref", "Action", "Lead", "Deadline", "Days left"]);
  sheet.addRow([
    "1.1",
    "Strengthen the Early Help offer",
    "Juliette Blake",
    new Date(Date.UTC(2023, 3, 30)),
    null,
  ]);
  sheet.addRow([
    "1.2",
    "Audit supervision quality",
    "Sam Okafor",
    new Date(Date.UTC(2023, 4, 31)),
    null,
  ]);
  sheet.addRow([
    "1.3",
    "Refresh the sufficiency strategy",
    "Priya Shah",
    new Date(Date.UTC(2023, 5, 30)),
    null,
  ]);
  for (const row of [2, 3, 4]) {
    sheet.getCell(`E${row}`).value = withResults
      ? { formula: `D${row}-DATE(2023,1,1)`, result: 100 + row }
      : { formula: `D${row}-DATE(2023,1,1)` };
  }
  sheet.getCell("F2").value = { formula: 'IFERROR(1/0,"")', result: "" }; // a result, though empty
  sheet.getCell("G2").value = { formula: "E2*0", result: 0 }; // results exceljs's cell.value drops
  sheet.getCell("H2").value = { formula: "E2<0", result: false };
  // On a sheet whose name the workbook part escapes, so the sheet is found by its real name.
  workbook.addWorksheet("Risks & Issues").getCell("B2").value = {
    formula: 'IF(A2="","",A2)',
    result: "",
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const snapshot = async (bytes: Uint8Array): Promise<WorkbookSnapshot> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx");
  if (!opened.ok) throw new Error(opened.error.message);
  const read = await opened.value.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

describe("formulas saved without their values", () => {
  it("are counted on the sheet, from the first such cell", async () => {
    const read = await snapshot(await written(false));
    expect(read.sheets[0].uncalculated).toEqual({ cells: 3, first: "E2" });
    expect(read.sheets[0].values[1][4]).toBeNull();
    expect(read.sheets[1].uncalculated).toBeUndefined();
  });

  it("are reported once by validate, at the first such cell", async () => {
    const read = await snapshot(await written(false));
    const issues = validatePlan(read, detectPlan(read)).filter(
      (issue) => issue.code === "formula-uncalculated"
    );
    expect(
      issues.map((issue) => [issue.severity, `${issue.sheet}!${issue.cell}`, issue.message])
    ).toEqual([
      [
        "warning",
        "Plan!E2",
        "3 cells hold formulas that were never calculated: open and save the workbook in Excel first.",
      ],
    ]);
  });

  it("are not counted when the workbook carries their results, empty text included", async () => {
    const read = await snapshot(await written(true));
    expect(read.sheets[0].uncalculated).toBeUndefined();
    expect(read.sheets[0].values[1].slice(4)).toEqual([102, null, 0, false]);
    expect(
      validatePlan(read, detectPlan(read)).filter((issue) => issue.code === "formula-uncalculated")
    ).toEqual([]);
  });
});
