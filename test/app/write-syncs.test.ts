/** @jest-environment node */
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel } from "../excel/fake-excel";
import { generatePlan } from "../support/generated-plan";

// Excel on the web refuses a request over 5 MB; Plan Tracker keeps every request under 4 MB.
const FOUR_MB = 4 * 1024 * 1024;

const measure = async (actions: number, operation: "rag" | "report") => {
  const snapshot = generatePlan({ actions, metrics: 20, months: 24 });
  const fake = installFakeExcel(
    { name: snapshot.name, sheets: snapshot.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, fills: s.fills })) },
    { platform: "web" },
  );
  try {
    const result =
      operation === "rag"
        ? await writeRatings(createExcelGateway(), { asOf: "2023-01-31" })
        : await generateReport(createExcelGateway(), { asOf: "2023-01-31", generatedAt: "test" });
    expect(result.ok).toBe(true);
    return {
      syncs: fake.stats.syncs,
      maxRequest: fake.stats.maxRequestBytes,
      payload: fake.stats.totalRequestBytes + fake.stats.totalResponseBytes,
    };
  } finally {
    fake.uninstall();
  }
};

describe("the Office.js write path takes a fixed number of syncs, bar one chunk per 4 MB", () => {
  it.each(["rag", "report"] as const)("%s at 100, 10,000 and 100,000 rows", async (operation) => {
    const small = await measure(100, operation);
    for (const rows of [10_000, 100_000]) {
      const large = await measure(rows, operation);
      // Every request stays under 4 MB, however many rows.
      expect(large.maxRequest).toBeLessThanOrEqual(FOUR_MB);
      // Extra round trips only for extra payload: writes go in 4 MB chunks, and a read that Excel on
      // the web refuses as over 5 MB is halved and retried, so at most two more syncs per 4 MB moved.
      expect(large.syncs).toBeLessThanOrEqual(small.syncs + 2 * Math.ceil(large.payload / FOUR_MB));
    }
    expect(small.maxRequest).toBeLessThanOrEqual(FOUR_MB);
  }, 240_000);
});
