/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { generatePlan } from "../support/generated-plan";
import { snapshotToXlsx, visibleCells, visibleDigest } from "./helpers/visible-cells";

// The .xlsx side of test/excel/write-equivalence.test.ts: after Refresh RAG or the board report,
// saved and read again, every cell looks as it did before the write path was made lighter (docs/HISTORY.md#issue-6).
const GENERATED = join(__dirname, "..", "fixtures", "generated");
const fixture = async (id: string): Promise<Uint8Array> => new Uint8Array(readFileSync(join(GENERATED, `${id}.xlsx`)));
const CLOCK = "2023-02-01T09:30:00.000Z";

const SOURCES: [string, () => Promise<Uint8Array>][] = [
  ["gcc", () => fixture("gcc")],
  ["bcp", () => fixture("bcp")],
  ["thurrock", () => fixture("thurrock")],
  ["scorecard", () => fixture("scorecard")],
  ["generated 2,000 actions", () => snapshotToXlsx(generatePlan({ actions: 2_000, metrics: 20, months: 24 }))],
];

const EXPECTED: Record<string, Record<string, string>> = {
  "gcc": { rag: "4094 cells d4d05db9ab70268c", report: "4284 cells 9aa9e9db2c863989" },
  "bcp": { rag: "2035 cells 5474f857e922a106", report: "1836 cells 8234a9a7d0cebf4c" },
  "thurrock": { rag: "1119 cells 3c3ee8565665b7bb", report: "1540 cells 7dd1612527293b6b" },
  "scorecard": { rag: "573 cells 0927fb0b331f42ee", report: "695 cells b41eb672ad149298" },
  "generated 2,000 actions": { rag: "53803 cells a3eee4445493fa68", report: "22115 cells 8c702f754c64265b" },
};

const visibleAfter = async (bytes: Uint8Array, operation: "rag" | "report"): Promise<string[]> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  const gateway = opened.value;
  const result =
    operation === "rag" ? await writeRatings(gateway, { asOf: "2023-01-31" }) : await generateReport(gateway, { asOf: "2023-01-31", generatedAt: "equivalence" });
  if (!result.ok) throw new Error(result.error.message);
  return visibleCells(await gateway.save());
};

describe.each(SOURCES)("what Refresh RAG and the report leave in %s (.xlsx, saved and read again)", (name, source) => {
  it.each(["rag", "report"] as const)("%s looks as it always has", async (operation) => {
    const lines = await visibleAfter(await source(), operation);
    expect(visibleDigest(lines)).toBe(EXPECTED[name][operation]);
  }, 60_000);
});
