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
// it was made lighter (docs/HISTORY.md#issue-6); a change that alters what a person sees changes one of them.
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
  "gcc": { "rag 1.17": "3854 cells 0380e80d4d305f47", "rag 1.8": "3854 cells 0380e80d4d305f47", "report 1.17": "4044 cells 3fac4da0fe7973ea", "report 1.8": "4044 cells 3fac4da0fe7973ea" },
  "bcp": { "rag 1.17": "1962 cells 8d1c626db32ab8f7", "rag 1.8": "1789 cells d6c8a9cd598565f2", "report 1.17": "1808 cells 9efc334609c0f87d", "report 1.8": "1647 cells ac83e6c7eb1671fa" },
  "thurrock": { "rag 1.17": "1106 cells 8a25eb0c4539f560", "rag 1.8": "1106 cells 8a25eb0c4539f560", "report 1.17": "1527 cells 4cdb518b98a44912", "report 1.8": "1527 cells 4cdb518b98a44912" },
  "scorecard": { "rag 1.17": "573 cells 2733f3cd169fd67e", "rag 1.8": "573 cells 2733f3cd169fd67e", "report 1.17": "695 cells 2d64d3484e915db7", "report 1.8": "695 cells 2d64d3484e915db7" },
  "generated 2,000 actions": { "rag 1.17": "52099 cells 794865ab6eb2d0a2", "rag 1.8": "46090 cells 8b69b8bc0f0f658c", "report 1.17": "23952 cells 205fa9c36a573ef3", "report 1.8": "23952 cells 4d4c1241cd478635" },
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
