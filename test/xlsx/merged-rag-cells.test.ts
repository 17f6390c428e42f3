/** @jest-environment node */
import ExcelJS from "exceljs";
import { writeRatings } from "../../src/app/rate-workbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";

// docs/HISTORY.md#issue-12-3 on .xlsx (the CLI and the preview): with Deadline and RAG merged (D8:E9) and the
// RAG column given to Plan Tracker, Refresh RAG once wrote the rating into D8, so the deadline
// became "– Not rated" and was kept nowhere. The deadline must come through a save as it was.
const CLOCK = "2023-02-01T09:30:00.000Z";
const DEADLINE = new Date(Date.UTC(2022, 5, 30));

const mergedPlan = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement Plan");
  const rows: [number, ExcelJS.CellValue[]][] = [
    [1, ["Improvement Plan"]],
    [7, ["Ref", "Action", "Lead", "Deadline", "RAG"]],
    [8, ["1.1", "Recruit social workers", "Jo Bloggs", DEADLINE]],
    [9, ["1.2", "Revise the sufficiency strategy", "Sam Smith"]],
    [10, ["1.3", "Audit case files", "Ali Khan", new Date(Date.UTC(2023, 11, 31)), "Green"]],
  ];
  for (const [row, values] of rows)
    values.forEach((value, c) => (sheet.getCell(row, c + 1).value = value));
  for (const address of ["D8", "D10"]) sheet.getCell(address).numFmt = "dd/mm/yyyy";
  sheet.mergeCells("D8:E9");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "merged.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const read = async (gateway: XlsxGateway): Promise<WorkbookSnapshot> => {
  const snapshot = await gateway.read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value;
};

const cell = (snapshot: WorkbookSnapshot, row: number, column: number) => {
  const sheet = snapshot.sheets.find((s) => s.name === "Improvement Plan")!;
  return sheet.values[row - sheet.firstRow]?.[column - sheet.firstColumn] ?? null;
};

describe("Refresh RAG on an .xlsx plan with Deadline and RAG merged", () => {
  it("keeps the deadline's date when the RAG column is Plan Tracker's, rates the other actions, and says which cells it left", async () => {
    const gateway = await open(await mergedPlan());
    const before = await read(gateway);
    const written = await writeRatings(gateway, {
      asOf: "2023-01-31",
      ratings: { calculated: "status-column", fillEmptyOwnerCells: false },
    });
    if (!written.ok) throw new Error(written.error.message);
    const after = await read(await open(await gateway.save()));
    expect(cell(before, 8, 4)).not.toBeNull();
    expect(cell(after, 8, 4)).toEqual(cell(before, 8, 4));
    expect(after.sheets[0].merges).toContain("D8:E9");
    expect(cell(after, 10, 5)).toMatch(/Red|Amber|Green|rated/);
    expect(written.value.applied.skipped).toContain(
      "2 RAG cells were left as they are because they are merged with another column: Improvement Plan!E8, E9."
    );
  });
});
