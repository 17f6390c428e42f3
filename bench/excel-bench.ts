import { analyseWorkbook } from "../src/app/analyse-workbook";
import { generateReport } from "../src/app/generate-report";
import { writeRatings } from "../src/app/rate-workbook";
import { createExcelGateway } from "../src/excel/excel-gateway";
import { installFakeExcel } from "../test/excel/fake-excel";
import { generatePlan } from "../test/support/generated-plan";

export interface ExcelFigure {
  rows: number;
  operation: "validate" | "rag" | "report";
  syncs: number;
  maxRequestBytes: number;
}

/**
 * The Office.js path against the strict fake Excel API on the web's limits: how many round trips
 * and how large the largest request is, for a full validate, RAG refresh and board report. The
 * budgets: syncs do not grow with rows (bar one write chunk per 4 MB), no request over 4 MB.
 */
export const excelBench = async (sizes: number[]): Promise<ExcelFigure[]> => {
  const figures: ExcelFigure[] = [];
  for (const rows of sizes) {
    const snapshot = generatePlan({ actions: rows, metrics: 50, months: 24 });
    const operations: [ExcelFigure["operation"], () => Promise<{ ok: boolean }>][] = [
      ["validate", () => analyseWorkbook(createExcelGateway())],
      ["rag", () => writeRatings(createExcelGateway(), { asOf: "2023-01-31" })],
      ["report", () => generateReport(createExcelGateway(), { asOf: "2023-01-31", generatedAt: "bench" })],
    ];
    for (const [operation, run] of operations) {
      const fake = installFakeExcel(
        { name: snapshot.name, sheets: snapshot.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, fills: s.fills })) },
        { platform: "web" },
      );
      try {
        const result = await run();
        if (!result.ok) throw new Error(`${operation} failed at ${rows} rows`);
        figures.push({ rows, operation, syncs: fake.stats.syncs, maxRequestBytes: fake.stats.maxRequestBytes });
      } finally {
        fake.uninstall();
      }
    }
  }
  return figures;
};
