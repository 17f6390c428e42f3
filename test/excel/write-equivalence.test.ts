/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { generatePlan } from "../support/generated-plan";
import { installFakeExcel } from "./fake-excel";
import { visibleCells, visibleDigest } from "./helpers/visible-cells";

// Refresh RAG and the board report must leave every cell looking exactly as they always have,
// however the executor chooses to send it (per-cell properties, rectangles, only the number formats
// a cell needs). These fingerprints were taken from the workbook as the write path left it before
// it was made lighter (issue #6); a change that alters what a person sees changes one of them.
// ExcelApi 1.8 has neither setCellProperties nor multi-area ranges, so it takes the other road.
const GENERATED = join(__dirname, "..", "fixtures", "generated");
const fixture = (id: string): WorkbookSnapshot => JSON.parse(readFileSync(join(GENERATED, `${id}.snapshot.json`), "utf8")) as WorkbookSnapshot;
const NOW = () => new Date("2023-02-01T09:30:00.000Z");

const SOURCES: [string, () => WorkbookSnapshot][] = [
  ["gcc", () => fixture("gcc")],
  ["bcp", () => fixture("bcp")],
  ["thurrock", () => fixture("thurrock")],
  ["scorecard", () => fixture("scorecard")],
  ["generated 2,000 actions", () => generatePlan({ actions: 2_000, metrics: 20, months: 24 })],
];

const EXPECTED: Record<string, Record<string, string>> = {
  "gcc": { "rag 1.17": "3848 cells e13efb91bffd5554", "rag 1.8": "3848 cells e13efb91bffd5554", "report 1.17": "3291 cells b513878e040915e8", "report 1.8": "3291 cells b513878e040915e8" },
  "bcp": { "rag 1.17": "1844 cells 303b7d5b03d77856", "rag 1.8": "1680 cells 89ab14ff50d2dc06", "report 1.17": "1091 cells 528abaaeaed192c3", "report 1.8": "1124 cells c377a3ffc58557d7" },
  "thurrock": { "rag 1.17": "1106 cells 8a25eb0c4539f560", "rag 1.8": "1106 cells 8a25eb0c4539f560", "report 1.17": "904 cells e4ef8c1e27f67d1b", "report 1.8": "904 cells e4ef8c1e27f67d1b" },
  "scorecard": { "rag 1.17": "567 cells a189be78f79d6eca", "rag 1.8": "567 cells a189be78f79d6eca", "report 1.17": "542 cells b63d137ab3ac0a91", "report 1.8": "542 cells b63d137ab3ac0a91" },
  "generated 2,000 actions": { "rag 1.17": "51651 cells d974f1919f4fe9b0", "rag 1.8": "45651 cells b8a6c8cb2d14b820", "report 1.17": "20134 cells f0a9f6b365ad650c", "report 1.8": "20134 cells ddc1ca073fc094ee" },
};

const visibleAfter = async (snapshot: WorkbookSnapshot, apiVersion: string, operation: "rag" | "report"): Promise<string[]> => {
  const fake = installFakeExcel(
    { name: snapshot.name, sheets: snapshot.sheets.map((s) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, fills: s.fills })) },
    { platform: "web", apiVersion },
  );
  try {
    const gateway = createExcelGateway({ now: NOW });
    const result =
      operation === "rag" ? await writeRatings(gateway, { asOf: "2023-01-31" }) : await generateReport(gateway, { asOf: "2023-01-31", generatedAt: "equivalence" });
    if (!result.ok) throw new Error(result.error.message);
    return visibleCells(fake.store);
  } finally {
    fake.uninstall();
  }
};

describe.each(SOURCES)("what Refresh RAG and the report leave in %s (Office.js, strict fake)", (name, source) => {
  it.each([
    ["rag", "1.17"],
    ["rag", "1.8"],
    ["report", "1.17"],
    ["report", "1.8"],
  ] as const)("%s on ExcelApi %s looks as it always has", async (operation, apiVersion) => {
    const lines = await visibleAfter(source(), apiVersion, operation);
    expect(visibleDigest(lines)).toBe(EXPECTED[name][`${operation} ${apiVersion}`]);
  }, 60_000);
});
