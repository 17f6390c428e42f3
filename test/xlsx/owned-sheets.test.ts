/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";
import { sheetMarks } from "../../src/xlsx/sheet-marks";

// docs/HISTORY.md#issue-12 on .xlsx: Plan Tracker's own sheets are known by a mark (a workbook name per role
// referring to the sheet's A1), not by their name. A council sheet called "Board report" in any case
// was emptied by the report, and "BOARD REPORT" made the command impossible.
const CLOCK = "2023-02-01T09:30:00.000Z";
const BCP = join(__dirname, "..", "fixtures", "generated", "bcp.xlsx");

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "bcp.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

/** BCP's plan with a sheet of the council's own, edited with exceljs as a person would in Excel. */
const withCouncilSheet = async (name: string): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(BCP)).buffer);
  const sheet = workbook.addWorksheet(name);
  sheet.getCell("A1").value = "Our own board notes";
  sheet.getCell("B2").value = 42;
  sheet.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFBF47" } };
  sheet.mergeCells("A4:C5");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
};

const report = async (gateway: XlsxGateway): Promise<Uint8Array> => {
  const made = await generateReport(gateway, {
    asOf: "2023-01-31",
    generatedAt: "1 Feb 2023, 09:30",
  });
  if (!made.ok) throw new Error(made.error.message);
  return gateway.save();
};

const expectCouncilSheetIntact = (workbook: ExcelJS.Workbook, name: string): void => {
  const sheet = workbook.getWorksheet(name)!;
  expect(sheet.getCell("A1").value).toBe("Our own board notes");
  expect(sheet.getCell("B2").value).toBe(42);
  expect(sheet.getCell("B2").fill).toMatchObject({ fgColor: { argb: "FFFFBF47" } });
  expect(sheet.getCell("C5").isMerged).toBe(true);
};

describe("Plan Tracker's own sheets in .xlsx, known by a mark", () => {
  it.each(["Board report", "board report", "BOARD REPORT"])(
    "never empties a council sheet called %s: the report goes to 'Board report (Plan Tracker)'",
    async (name) => {
      const saved = await load(await report(await open(await withCouncilSheet(name))));
      expectCouncilSheetIntact(saved, name);
      expect(saved.getWorksheet("Board report (Plan Tracker)")?.getCell("A2").value).toMatch(
        /^Board report – /
      );
      expect(sheetMarks(saved).get("board report (plan tracker)")).toBe("report");
      expect(sheetMarks(saved).has(name.toLowerCase())).toBe(false);
    }
  );

  it("reads the council's 'Board report' back as part of the workbook, not as Plan Tracker's output", async () => {
    const gateway = await open(await report(await open(await withCouncilSheet("Board report"))));
    const snapshot = await gateway.read();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.value.sheets.find((s) => s.name === "Board report")?.mark).toBeUndefined();
    expect(snapshot.value.sheets.find((s) => s.name === "Board report (Plan Tracker)")?.mark).toBe(
      "report"
    );
  });

  it("rebuilds its own report sheet on the next run, after the person renamed it, without making another", async () => {
    const first = await load(await report(await open(await withCouncilSheet("Board report"))));
    // What Excel does on a rename: the sheet's name and every reference to it change together.
    first.getWorksheet("Board report (Plan Tracker)")!.name = "Q3 board";
    first.definedNames.model = first.definedNames.model.map((entry) => ({
      ...entry,
      ranges: entry.ranges.map((range) =>
        range.replace("'Board report (Plan Tracker)'", "'Q3 board'")
      ),
    }));
    const renamed = new Uint8Array(await first.xlsx.writeBuffer());
    const second = await load(await report(await open(renamed)));
    expect(
      second.worksheets
        .map((w) => w.name)
        .filter((n) => /board/i.test(n))
        .sort()
    ).toEqual(["Board report", "Q3 board"]);
    expect(second.getWorksheet("Q3 board")?.getCell("A2").value).toMatch(/^Board report – /);
    expectCouncilSheetIntact(second, "Board report");
  });

  it("keeps working on a workbook an earlier version wrote: its unmarked 'Board report' is rebuilt and marked, by its content", async () => {
    const legacy = await report(await open(readFileSync(BCP)));
    const unmarked = await load(legacy);
    unmarked.definedNames.model = [];
    const again = await load(
      await report(await open(new Uint8Array(await unmarked.xlsx.writeBuffer())))
    );
    expect(again.worksheets.filter((w) => /board report/i.test(w.name)).map((w) => w.name)).toEqual(
      ["Board report"]
    );
    expect(sheetMarks(again).get("board report")).toBe("report");
  });

  it("never takes a council sheet called 'Plan Tracker RAG' or 'Plan Tracker Undo' for its own; undo leaves them as they were", async () => {
    const workbook = await load(await withCouncilSheet("Plan Tracker RAG"));
    workbook.addWorksheet("plan tracker undo").getCell("A1").value = "Our undo notes";
    const gateway = await open(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const written = await writeRatings(gateway, { asOf: "2023-01-31" });
    if (!written.ok) throw new Error(written.error.message);
    const undone = await gateway.undoLastRun();
    expect(undone.ok).toBe(true);
    const saved = await load(await gateway.save());
    expectCouncilSheetIntact(saved, "Plan Tracker RAG");
    expect(saved.getWorksheet("plan tracker undo")?.getCell("A1").value).toBe("Our undo notes");
    expect(sheetMarks(saved).get("plan tracker rag 2")).toBe("ratings");
    expect(sheetMarks(saved).get("plan tracker undo 2")).toBe("undo");
  });
});
