/** @jest-environment node */
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { loadFixture } from "../support/snapshot-builder";
import { installFakeExcel, type FakeExcel, type FakeSheetInit } from "./fake-excel";
import { nameFormula } from "./fake/names";
import { fromSnapshot } from "./helpers/undo-reading";

// docs/HISTORY.md#issue-12 on the strict Office.js fake: Plan Tracker's own sheets are known by a mark (a
// workbook name per role referring to the sheet's A1, which Excel keeps pointing at the sheet
// through renames), not by their name. A council sheet called "Board report" was emptied by the
// report, and "BOARD REPORT" made the command impossible.
const NOW = new Date("2023-02-01T09:30:00.000Z");
const gateway = () => createExcelGateway({ now: () => NOW });

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const councilSheet = (name: string): FakeSheetInit => ({
  name,
  values: [["Our own board notes"], [null, 42]],
  fills: { B2: "#FFBF47" },
  merges: ["A4:C5"],
});

const install = (...extra: FakeSheetInit[]): FakeExcel => {
  const init = fromSnapshot(loadFixture("bcp"));
  return (fake = installFakeExcel(
    { ...init, sheets: [...init.sheets, ...extra] },
    { apiVersion: "1.17", platform: "web" }
  ));
};

const report = async (): Promise<void> => {
  const made = await generateReport(gateway(), {
    asOf: "2023-01-31",
    generatedAt: "1 Feb 2023, 09:30",
  });
  if (!made.ok) throw new Error(made.error.message);
};

const expectCouncilSheetIntact = (excel: FakeExcel, name: string): void => {
  expect(excel.value(name, "A1")).toBe("Our own board notes");
  expect(excel.value(name, "B2")).toBe(42);
  expect(excel.fill(name, "B2")).toBe("#FFBF47");
  expect(excel.sheet(name).merges).toHaveLength(1);
};

const marks = (excel: FakeExcel): Record<string, string> =>
  Object.fromEntries(
    excel.store.names
      .filter((n) => n.name.startsWith("PlanTracker."))
      .map((n) => [n.name, nameFormula(n, excel.store.sheets)])
  );

describe("Plan Tracker's own sheets in Excel, known by a mark", () => {
  it.each(["Board report", "board report", "BOARD REPORT"])(
    "never empties a council sheet called %s: the report goes to 'Board report (Plan Tracker)'",
    async (name) => {
      const excel = install(councilSheet(name));
      await report();
      expectCouncilSheetIntact(excel, name);
      expect(String(excel.value("Board report (Plan Tracker)", "A2"))).toMatch(/^Board report – /);
      expect(marks(excel)).toEqual({ "PlanTracker.Report": "='Board report (Plan Tracker)'!$A$1" });
      expect(excel.store.names[0].visible).toBe(false);
    }
  );

  it("rebuilds its own report sheet after the person renamed it, without making another", async () => {
    const excel = install(councilSheet("Board report"));
    await report();
    excel.sheet("Board report (Plan Tracker)").name = "Q3 board";
    excel.setValue("Q3 board", "A40", "stale");
    await report();
    expect(
      excel.store.sheets
        .map((s) => s.name)
        .filter((n) => /board/i.test(n))
        .sort()
    ).toEqual(["Board report", "Q3 board"]);
    expect(excel.value("Q3 board", "A40")).not.toBe("stale");
    expectCouncilSheetIntact(excel, "Board report");
  });

  it("keeps working on a workbook an earlier version wrote: its unmarked 'Board report' is rebuilt and marked, by its content", async () => {
    const excel = install();
    await report();
    excel.store.names.splice(0);
    await report();
    expect(
      excel.store.sheets.filter((s) => /board report/i.test(s.name)).map((s) => s.name)
    ).toEqual(["Board report"]);
    expect(marks(excel)).toEqual({ "PlanTracker.Report": "='Board report'!$A$1" });
  });

  it("never takes council sheets called 'Plan Tracker RAG' or 'Plan Tracker Undo' for its own; undo leaves them as they were", async () => {
    const excel = install(councilSheet("Plan Tracker RAG"), {
      name: "PLAN TRACKER UNDO",
      values: [["Our undo notes"]],
    });
    const written = await writeRatings(gateway(), { asOf: "2023-01-31" });
    if (!written.ok) throw new Error(written.error.message);
    expect(marks(excel)).toMatchObject({
      "PlanTracker.Ratings": "='Plan Tracker RAG 2'!$A$1",
      "PlanTracker.Undo": "='Plan Tracker Undo 2'!$A$1",
    });
    const undone = await gateway().undoLastRun?.();
    if (!undone) throw new Error("this gateway has no undo");
    if (!undone.ok) throw new Error(undone.error.message);
    expectCouncilSheetIntact(excel, "Plan Tracker RAG");
    expect(excel.value("PLAN TRACKER UNDO", "A1")).toBe("Our undo notes");
  });
});
