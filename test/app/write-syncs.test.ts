/** @jest-environment node */
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel } from "../excel/fake-excel";
import { generatePlan } from "../support/generated-plan";

// Excel on the web refuses a request over 5 MB; Plan Tracker keeps every request under 4 MB.
const FOUR_MB = 4 * 1024 * 1024;

const measure = async (actions: number, operation: "rag" | "report") => {
  const snapshot = generatePlan({ actions, measures: 20, months: 24 });
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
    const result =
      operation === "rag"
        ? await writeRatings(createExcelGateway(), { asOf: "2023-01-31" })
        : await generateReport(createExcelGateway(), { asOf: "2023-01-31", generatedAt: "test" });
    expect(result.ok).toBe(true);
    return {
      refused: fake.stats.perSync.filter((sync) => sync.failed !== undefined).length,
      syncs: fake.stats.syncs,
      maxRequest: fake.stats.maxRequestBytes,
      payload: fake.stats.totalRequestBytes + fake.stats.totalResponseBytes,
    };
  } finally {
    fake.uninstall();
  }
};

describe("the Office.js write path takes a fixed number of syncs, bar one chunk per 4 MB", () => {
  // Exact, so a change that adds a round trip fails here. At 100,000 rows the read is 10: two for the
  // sheets and used ranges, seven of under 4 MB each for 27 MB of cells, one for the RAG key's fills.
  // Then the write: one to check sheets and events, the rag's co-author re-read with the first of
  // four undo reads (14 MB of the cells it replaces), 14 chunks of 4 MB, one to turn events back on;
  // the report's write is a few chunks (its table formats go as a few ranges, not per cell). Its
  // evidence lists up to 1,000 rows per list (exceptions, disagreements, measures, actions due) and
  // counts the rest, so at 10,000 rows its 5 MB need one chunk more than at 100, and at 100,000 rows
  // the write is no larger (2.5 MB of requests; the reads are the rest).
  const EXACT = {
    rag: { 100: 8, 10_000: 9, 100_000: 30 },
    report: { 100: 7, 10_000: 8, 100_000: 14 },
  } as const;

  it.each(["rag", "report"] as const)(
    "%s at 100, 10,000 and 100,000 rows",
    async (operation) => {
      const small = await measure(100, operation);
      expect(small).toMatchObject({ syncs: EXACT[operation][100], refused: 0 });
      for (const rows of [10_000, 100_000] as const) {
        const large = await measure(rows, operation);
        expect(large.syncs).toBe(EXACT[operation][rows]);
        // Reads are sized before they are asked for, so Excel on the web refuses none.
        expect(large.refused).toBe(0);
        // Every request stays under 4 MB, however many rows.
        expect(large.maxRequest).toBeLessThanOrEqual(FOUR_MB);
        // Extra round trips only for extra payload: about one per 4 MB moved, either way.
        expect(large.syncs).toBeLessThanOrEqual(small.syncs + Math.ceil(large.payload / FOUR_MB));
      }
      expect(small.maxRequest).toBeLessThanOrEqual(FOUR_MB);
    },
    240_000
  );
});
