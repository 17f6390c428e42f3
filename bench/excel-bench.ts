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
  /** Every request of the run together: what the write path sends in all (docs/HISTORY.md#issue-6: a lighter write path). */
  totalRequestBytes: number;
  /** Reads are sized to stay under 4 MB of response; Excel on the web refuses over 5 MB. */
  maxResponseBytes: number;
  /**
   * Every response of the run together: with totalRequestBytes, what the syncs are checked against
   * (bar a fixed few, one sync per 4 MiB moved each way, docs/EXCEL.md#limits).
   */
  totalResponseBytes: number;
  /** Syncs Excel on the web refused as over 5 MB (each a wasted round trip): none expected. */
  refusedSyncs: number;
}

/**
 * The Office.js path against the strict fake Excel API on the web's limits: how many round trips
 * and how large the largest request and response are, for a full validate, RAG refresh and board
 * report. The budgets: syncs do not grow with rows (bar one write chunk or read per 4 MB), no request
 * over 4 MB, no sync refused.
 */
export const excelBench = async (sizes: number[]): Promise<ExcelFigure[]> => {
  const figures: ExcelFigure[] = [];
  for (const rows of sizes) {
    const snapshot = generatePlan({ actions: rows, measures: 50, months: 24 });
    const operations: [ExcelFigure["operation"], () => Promise<{ ok: boolean }>][] = [
      ["validate", () => analyseWorkbook(createExcelGateway())],
      ["rag", () => writeRatings(createExcelGateway(), { asOf: "2023-01-31" })],
      [
        "report",
        () => generateReport(createExcelGateway(), { asOf: "2023-01-31", generatedAt: "bench" }),
      ],
    ];
    for (const [operation, run] of operations) {
      const fake = installFakeExcel(
        {
          name: snapshot.name,
          sheets: snapshot.sheets.map((s) => ({
            name: s.name,
            values: s.values,
            numberFormats: s.numberFormats,
            fills: s.fills,
          })),
        },
        { platform: "web" }
      );
      try {
        const result = await run();
        if (!result.ok) throw new Error(`${operation} failed at ${rows} rows`);
        const {
          syncs,
          maxRequestBytes,
          totalRequestBytes,
          maxResponseBytes,
          totalResponseBytes,
          perSync,
        } = fake.stats;
        figures.push({
          rows,
          operation,
          syncs,
          maxRequestBytes,
          totalRequestBytes,
          maxResponseBytes,
          totalResponseBytes,
          refusedSyncs: perSync.filter((sync) => sync.failed !== undefined).length,
        });
      } finally {
        fake.uninstall();
      }
    }
  }
  return figures;
};
