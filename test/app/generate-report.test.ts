/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import type { FixtureId } from "../support/snapshot-builder";

const AS_OF: Record<FixtureId, string> = {
  gcc: "2022-10-31",
  bcp: "2023-01-31",
  thurrock: "2018-07-03",
  scorecard: "2022-07-31",
};
// The report printed through LibreOffice (page one, one page, nothing cut) is test/app/board-report-pages.test.ts.

const fixtureBytes = (id: FixtureId) =>
  new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`)));

const open = async (bytes: Uint8Array, name: string) => {
  const opened = await openXlsxWorkbook(bytes, name);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const read = async (bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> => {
  const snapshot = await (await open(bytes, name)).read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value;
};

const made = async (id: FixtureId): Promise<Uint8Array> => {
  const gateway = await open(fixtureBytes(id), `${id}.xlsx`);
  const result = await generateReport(gateway, {
    asOf: AS_OF[id],
    period: "Improvement Board – test",
    generatedAt: "25 Nov 2026 09:00",
  });
  if (!result.ok) throw new Error(result.error.message);
  return gateway.save();
};

describe("the board report written into a copy of the workbook", () => {
  it.each(Object.keys(AS_OF) as FixtureId[])(
    "%s: every original sheet is unchanged cell for cell, and the report sheet is added",
    async (id) => {
      const original = await read(fixtureBytes(id), `${id}.xlsx`);
      const bytes = await made(id);
      const copy = await read(bytes, `${id}-report.xlsx`);
      for (const sheet of original.sheets) {
        const after = copy.sheets.find((s) => s.name === sheet.name);
        expect(after?.values).toEqual(sheet.values);
        expect(after?.numberFormats).toEqual(sheet.numberFormats);
        expect(after?.fills).toEqual(sheet.fills);
      }
      const report = copy.sheets.find((s) => s.name === "Board report");
      expect(report?.values[1][0]).toBe("Board report – Improvement Board – test");
      // The input bytes were never touched.
      expect(
        Buffer.from(fixtureBytes(id)).equals(
          readFileSync(join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`))
        )
      ).toBe(true);
    }
  );

  it("writes user text as text: a progress note starting with = never becomes a formula", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Improvement Plan");
    sheet.addRow(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"]);
    sheet.addRow([
      "1.1",
      '=HYPERLINK("http://example.invalid","click")',
      "+Ann James",
      "30/06/22",
      "Red",
      "@SUM(A1:A9) -1 left",
    ]);
    const gateway = await open(new Uint8Array(await workbook.xlsx.writeBuffer()), "risky.xlsx");
    const result = await generateReport(gateway, { asOf: "2022-10-31", generatedAt: "now" });
    expect(result.ok).toBe(true);
    const reread = new ExcelJS.Workbook();
    const saved = await gateway.save();
    await reread.xlsx.load(
      saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength) as ArrayBuffer
    );
    const report = reread.getWorksheet("Board report");
    const cells: unknown[] = [];
    report?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    // The action's ref heads its title in the report ("1.1 =HYPERLINK(…)"): still text, whatever it starts with.
    expect(
      cells.some(
        (v) => typeof v === "string" && v.includes('=HYPERLINK("http://example.invalid","click")')
      )
    ).toBe(true);
    expect(
      cells.some((v) => typeof v === "string" && v.includes("Latest progress: @SUM(A1:A9) -1 left"))
    ).toBe(true);
    expect(
      cells.some((v) => typeof v === "object" && v !== null && "formula" in (v as object))
    ).toBe(false);
  });
});
