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
  "gcc": { "rag 1.17": "3803 cells e99e117c53290f8a", "rag 1.8": "3803 cells e99e117c53290f8a", "report 1.17": "3206 cells 463bd3fc95f41108", "report 1.8": "3206 cells 463bd3fc95f41108" },
  "bcp": { "rag 1.17": "1844 cells 443e349469c86a56", "rag 1.8": "1680 cells 7303775eec04ada4", "report 1.17": "1091 cells 74c6072df6a866c6", "report 1.8": "1124 cells 469b2436e9519094" },
  "thurrock": { "rag 1.17": "1106 cells c33744f36511d728", "rag 1.8": "1106 cells c33744f36511d728", "report 1.17": "904 cells d2dd6a0ad7074bb3", "report 1.8": "904 cells d2dd6a0ad7074bb3" },
  "scorecard": { "rag 1.17": "567 cells a189be78f79d6eca", "rag 1.8": "567 cells a189be78f79d6eca", "report 1.17": "542 cells b63d137ab3ac0a91", "report 1.8": "542 cells b63d137ab3ac0a91" },
  "generated 2,000 actions": { "rag 1.17": "51639 cells 06564d45548068de", "rag 1.8": "45639 cells 0d72365b5151b5da", "report 1.17": "19819 cells ecbde1e01d2264ca", "report 1.8": "19819 cells 533829deff960ae8" },
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
