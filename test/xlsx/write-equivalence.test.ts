/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { generatePlan } from "../support/generated-plan";
import { snapshotToXlsx, visibleCells, visibleDigest } from "./helpers/visible-cells";

// The .xlsx side of test/excel/write-equivalence.test.ts: after Refresh RAG or the board report,
// saved and read again, every cell looks as it did before the write path was made lighter (issue #6).
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
  "gcc": { rag: "4043 cells b3d032a866c876be", report: "3446 cells d9e83f869e1b237e" },
  "bcp": { rag: "1914 cells 1f6177354aeebfac", report: "1119 cells f82fd3d9ce0a06c0" },
  "thurrock": { rag: "1119 cells 9d1dfaf510254e14", report: "917 cells 1008acca9ca5544a" },
  "scorecard": { rag: "567 cells a948842f361c45b1", report: "542 cells 816a54a1a9118c70" },
  "generated 2,000 actions": { rag: "53740 cells 7b8526f365ee0fd5", report: "19071 cells 0bb08afda5d9480a" },
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
