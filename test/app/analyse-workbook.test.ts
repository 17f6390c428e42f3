/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseWorkbook } from "../../src/app/analyse-workbook";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { installFakeExcel } from "../excel/fake-excel";
import { type FixtureId, loadFixture } from "../support/snapshot-builder";

/** Load a fixture into the fake Excel exactly as the .xlsx gateway read it. */
const fakeFrom = (snapshot: WorkbookSnapshot, apiVersion = "1.17") =>
  installFakeExcel(
    {
      name: snapshot.name,
      sheets: snapshot.sheets.map((sheet) => ({
        name: sheet.name,
        values: sheet.values,
        numberFormats: sheet.numberFormats,
        fills: sheet.fills,
        merges: sheet.merges,
      })),
    },
    { apiVersion, platform: "web" }
  );

const viaXlsx = async (id: FixtureId) => {
  const bytes = new Uint8Array(
    readFileSync(join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`))
  );
  const opened = await openXlsxWorkbook(bytes, `${id}.xlsx`);
  if (!opened.ok) throw new Error(opened.error.message);
  const analysis = await analyseWorkbook(opened.value);
  if (!analysis.ok) throw new Error(analysis.error.message);
  return analysis.value;
};

describe("one analysis, whichever gateway reads the workbook", () => {
  it.each(["gcc", "bcp", "thurrock", "scorecard"] as FixtureId[])(
    "%s: Excel and .xlsx give the same issues",
    async (id) => {
      const expected = await viaXlsx(id);
      const fake = fakeFrom(loadFixture(id));
      try {
        const analysis = await analyseWorkbook(createExcelGateway());
        expect(analysis.ok).toBe(true);
        if (!analysis.ok) return;
        expect(analysis.value.issues).toEqual(expected.issues);
      } finally {
        fake.uninstall();
      }
    }
  );

  it("reads colour-only statuses with one extra round trip for just those cells (BCP)", async () => {
    const fake = fakeFrom(loadFixture("bcp"));
    try {
      const analysis = await analyseWorkbook(createExcelGateway());
      expect(
        analysis.ok && analysis.value.model.actions.find((a) => a.ref === "1.18")?.status?.level
      ).toBe("red");
      expect(fake.stats.syncs).toBe(4);
    } finally {
      fake.uninstall();
    }
  });

  it("needs no fill read where statuses are written as words or numbers (Thurrock)", async () => {
    const fake = fakeFrom(loadFixture("thurrock"));
    try {
      await analyseWorkbook(createExcelGateway());
      expect(fake.stats.syncs).toBe(3);
    } finally {
      fake.uninstall();
    }
  });

  it("on Excel without getCellProperties (before ExcelApi 1.9) still validates, reporting colour-only statuses as missing", async () => {
    const fake = fakeFrom(loadFixture("bcp"), "1.8");
    try {
      const analysis = await analyseWorkbook(createExcelGateway());
      expect(analysis.ok).toBe(true);
      if (analysis.ok)
        expect(
          analysis.value.issues.filter((i) => i.code === "status-missing").length
        ).toBeGreaterThan(8);
    } finally {
      fake.uninstall();
    }
  });
});
