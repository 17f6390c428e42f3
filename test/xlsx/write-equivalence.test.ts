/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { generatePlan } from "../support/generated-plan";
import { expectGolden, headAndColumnSummaries, writtenCellLines } from "../support/golden";
import { snapshotToXlsx, visibleCells } from "./helpers/visible-cells";

// The .xlsx side of test/excel/write-equivalence.test.ts: after Refresh RAG or the board report,
// saved and read again, every cell looks as its golden in test/golden says (docs/TESTING.md#golden-files).
// The goldens began as the cells the write path left before it was made lighter (docs/HISTORY.md#issue-6).
const GENERATED = join(__dirname, "..", "fixtures", "generated");
const fixture = async (id: string): Promise<Uint8Array> =>
  new Uint8Array(readFileSync(join(GENERATED, `${id}.xlsx`)));
const CLOCK = "2023-02-01T09:30:00.000Z";

// Each source's golden name, and whether its golden lists every visible cell or only the cells the
// run wrote. The generated plan's run writes some 40,000 cells (5 MB of lines, too much to review),
// so its golden holds the written cells of each sheet's first HEAD_ROWS rows in full and, for every
// column, a count and hash of all it wrote: a change further down still names its sheet and column.
const SOURCES: [string, () => Promise<Uint8Array>, "all" | "written"][] = [
  ["gcc", () => fixture("gcc"), "all"],
  ["bcp", () => fixture("bcp"), "all"],
  ["thurrock", () => fixture("thurrock"), "all"],
  ["scorecard", () => fixture("scorecard"), "all"],
  [
    "generated-2000",
    () => snapshotToXlsx(generatePlan({ actions: 2_000, measures: 20, months: 24 })),
    "written",
  ],
];
const HEAD_ROWS = 20;

// The positions of a look, as ./helpers/visible-cells.ts writes them, to name what changed in a cell.
const FIELDS = [
  "value",
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

const visibleAfter = async (bytes: Uint8Array, operation: "rag" | "report"): Promise<string[]> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  const gateway = opened.value;
  const result =
    operation === "rag"
      ? await writeRatings(gateway, { asOf: "2023-01-31" })
      : await generateReport(gateway, { asOf: "2023-01-31", generatedAt: "equivalence" });
  if (!result.ok) throw new Error(result.error.message);
  return visibleCells(await gateway.save());
};

describe.each(SOURCES)(
  "what Refresh RAG and the report leave in %s (.xlsx, saved and read again)",
  (name, source, kept) => {
    it.each(["rag", "report"] as const)(
      "%s matches its golden in test/golden",
      async (operation) => {
        const input = await source();
        const after = await visibleAfter(input, operation);
        const lines =
          kept === "all"
            ? after
            : headAndColumnSummaries(writtenCellLines(await visibleCells(input), after), HEAD_ROWS);
        expectGolden(`${name}-${operation}.xlsx`, lines, FIELDS);
      },
      60_000
    );
  }
);
