/** @jest-environment node */
import ExcelJS from "exceljs";
import { detectPlan } from "../../src/core/parse/detect-plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { generateLayout, type GeneratedLayout } from "../support/layout-generator";
import {
  ISSUE_10_THRESHOLDS,
  scoreLayout,
  shortfall,
  summaryLine,
  totalScores,
} from "../support/layout-scoring";
import { writeLayoutXlsx } from "../support/layout-xlsx";

// docs/HISTORY.md#issue-10 through a real file: generated layouts written with exceljs (with Excel Tables and status
// dropdowns) and read back through the .xlsx gateway must be read as well as their snapshots are.

/** Ten seeds: the first five with an Excel Table, the first five others with a status dropdown. */
const pickSeeds = (): number[] => {
  const withTable: number[] = [];
  const others: number[] = [];
  for (let seed = 1; seed <= 500 && (withTable.length < 5 || others.length < 5); seed += 1) {
    const layout = generateLayout(seed);
    if (layout.sheets.some((s) => s.listObjects.length > 0)) {
      if (withTable.length < 5) withTable.push(seed);
    } else if (layout.sheets.some((s) => s.validations.length > 0) && others.length < 5)
      others.push(seed);
  }
  return [...withTable, ...others];
};

const SEEDS = pickSeeds();

const readBack = async (bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> => {
  const opened = await openXlsxWorkbook(bytes, name, { clock: () => "2025-01-31T09:00:00.000Z" });
  if (!opened.ok) throw new Error(opened.error.message);
  const read = await opened.value.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

describe("generated layouts through the .xlsx gateway (docs/HISTORY.md#issue-10)", () => {
  const files = new Map<
    number,
    { layout: GeneratedLayout; bytes: Uint8Array; snapshot: WorkbookSnapshot }
  >();
  beforeAll(async () => {
    for (const seed of SEEDS) {
      const layout = generateLayout(seed);
      const bytes = await writeLayoutXlsx(layout);
      files.set(seed, { layout, bytes, snapshot: await readBack(bytes, layout.snapshot.name) });
    }
  });

  it("writes Excel Tables and status dropdowns into the files", async () => {
    let tables = 0;
    let dropdowns = 0;
    for (const { bytes } of files.values()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
      for (const worksheet of workbook.worksheets) {
        tables += worksheet.getTables().length;
        worksheet.eachRow((row) =>
          row.eachCell((cell) => void (cell.dataValidation?.type === "list" && (dropdowns += 1)))
        );
      }
    }
    expect(tables).toBeGreaterThanOrEqual(5);
    expect(dropdowns).toBeGreaterThan(0);
  });

  it("reads back the cells, formats, fills and merges the generator wrote", () => {
    for (const { layout, snapshot } of files.values()) {
      expect(snapshot.sheets.map((s) => s.name)).toEqual(layout.snapshot.sheets.map((s) => s.name));
      snapshot.sheets.forEach((sheet, i) => {
        const written = layout.snapshot.sheets[i];
        expect({ seed: layout.seed, sheet: sheet.name, values: sheet.values }).toEqual({
          seed: layout.seed,
          sheet: written.name,
          values: written.values,
        });
        expect(sheet.numberFormats).toEqual(expect.objectContaining(written.numberFormats));
        expect(sheet.fills).toEqual(expect.objectContaining(written.fills));
        expect([...sheet.merges].sort()).toEqual([...written.merges].sort());
      });
    }
  });

  it("meets the detection bar (docs/READING.md) on the files as on their snapshots", () => {
    const started = Date.now();
    const scores = [...files.values()].map(({ layout, snapshot }) =>
      scoreLayout(layout, detectPlan(snapshot))
    );
    const totals = totalScores(scores);
    console.log(`xlsx ${summaryLine(totals, Date.now() - started)}`);
    const message = shortfall(
      totals,
      ISSUE_10_THRESHOLDS,
      (seed) => generateLayout(seed).description
    );
    if (message) throw new Error(message);
  });
});
