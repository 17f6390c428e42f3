/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { generatePlan } from "../support/generated-plan";
import { expectGolden, headAndColumnSummaries, writtenCellLines } from "../support/golden";
import { installFakeExcel } from "./fake-excel";
import { visibleCells } from "./helpers/visible-cells";

// Refresh RAG and the board report must leave every cell looking exactly as they always have,
// however the executor chooses to send it (per-cell properties, rectangles, only the number formats
// a cell needs). Their goldens in test/golden list what a person sees (docs/TESTING.md#golden-files);
// they began as the workbook the write path left before it was made lighter (docs/HISTORY.md#issue-6),
// and a change that alters what a person sees shows there as the cells it changed.
// ExcelApi 1.8 has neither setCellProperties nor multi-area ranges, so it takes the other road.
const GENERATED = join(__dirname, "..", "fixtures", "generated");
const fixture = (id: string): WorkbookSnapshot =>
  JSON.parse(readFileSync(join(GENERATED, `${id}.snapshot.json`), "utf8")) as WorkbookSnapshot;
const NOW = () => new Date("2023-02-01T09:30:00.000Z");

// Each source's golden name, and whether its golden lists every visible cell or only the cells the
// run wrote. The generated plan's run writes some 40,000 cells (5 MB of lines, too much to review),
// so its golden holds the written cells of each sheet's first HEAD_ROWS rows in full and, for every
// column, a count and hash of all it wrote: a change further down still names its sheet and column.
const SOURCES: [string, () => WorkbookSnapshot, "all" | "written"][] = [
  ["gcc", () => fixture("gcc"), "all"],
  ["bcp", () => fixture("bcp"), "all"],
  ["thurrock", () => fixture("thurrock"), "all"],
  ["scorecard", () => fixture("scorecard"), "all"],
  ["generated-2000", () => generatePlan({ actions: 2_000, measures: 20, months: 24 }), "written"],
];
const HEAD_ROWS = 20;

// The positions of a look, as ./helpers/visible-cells.ts writes them, to name what changed in a cell.
const FIELDS = [
  "value",
  "formula",
  "number format",
  "fill",
  "font colour",
  "bold",
  "italic",
  "wrap",
  "horizontal",
  "vertical",
  "top border",
  "bottom border",
  "left border",
  "right border",
];

// Both Excel versions are held to one golden, which proves the two roads leave the same cells; where
// ExcelApi 1.8 cannot do as well, its own golden shows exactly how it differs.
const OWN_GOLDEN_ON_1_8 = new Set<string>([
  "bcp rag",
  "bcp report",
  "generated-2000 rag",
  "generated-2000 report",
]);

const goldenName = (name: string, operation: string, apiVersion: string): string =>
  apiVersion === "1.8" && OWN_GOLDEN_ON_1_8.has(`${name} ${operation}`)
    ? `${name}-${operation}.excel-1.8`
    : `${name}-${operation}.excel`;

/** The visible cells before and after the run, read from the fake's store. */
const visibleAfter = async (
  snapshot: WorkbookSnapshot,
  apiVersion: string,
  operation: "rag" | "report"
): Promise<{ before: string[]; after: string[] }> => {
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
    { platform: "web", apiVersion }
  );
  try {
    const before = visibleCells(fake.store);
    const gateway = createExcelGateway({ now: NOW });
    const result =
      operation === "rag"
        ? await writeRatings(gateway, { asOf: "2023-01-31" })
        : await generateReport(gateway, { asOf: "2023-01-31", generatedAt: "equivalence" });
    if (!result.ok) throw new Error(result.error.message);
    return { before, after: visibleCells(fake.store) };
  } finally {
    fake.uninstall();
  }
};

describe.each(SOURCES)(
  "what Refresh RAG and the report leave in %s (Office.js, strict fake)",
  (name, source, kept) => {
    it.each([
      ["rag", "1.17"],
      ["rag", "1.8"],
      ["report", "1.17"],
      ["report", "1.8"],
    ] as const)(
      "%s on ExcelApi %s matches its golden in test/golden",
      async (operation, apiVersion) => {
        const { before, after } = await visibleAfter(source(), apiVersion, operation);
        const lines =
          kept === "all"
            ? after
            : headAndColumnSummaries(writtenCellLines(before, after), HEAD_ROWS);
        expectGolden(goldenName(name, operation, apiVersion), lines, FIELDS);
      },
      60_000
    );
  }
);
