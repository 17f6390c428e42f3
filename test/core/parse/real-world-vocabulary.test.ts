/** @jest-environment node */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cellText } from "../../../src/core/model/cell-value";
import { readStatusText } from "../../../src/core/parse/detect/cell-readers";
import { scaleKeyVocabulary } from "../../../src/core/parse/detect/read-scale-key";
import { SheetGrid } from "../../../src/core/parse/detect/sheet-grid";
import type { DetectedTable } from "../../../src/core/parse/plan-model";
import { cellAt, lastRow } from "../../../src/core/snapshot/sheet-access";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../../src/xlsx/xlsx-gateway";

// Public workbooks kept beside the project, never copied into it (../shared/real-world/README.md).
const FOLDER = join(__dirname, "..", "..", "..", "..", "shared", "real-world");
const present = existsSync(FOLDER);
if (!present) console.warn(`Skipping the real-world vocabulary tests: ${FOLDER} is absent.`);
const maybe = present ? describe : describe.skip;

const read = async (file: string): Promise<WorkbookSnapshot> => {
  const opened = await openXlsxWorkbook(new Uint8Array(readFileSync(join(FOLDER, file))), file);
  if (!opened.ok) throw new Error(opened.error.message);
  const snapshot = await opened.value.read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value;
};

maybe("real-world status vocabularies", () => {
  it("IPA GMPP 2019: the Delivery Confidence ratings keep their labels; exempt ratings are withheld, none invalid", async () => {
    const sheet = (await read("ipa-gmpp-2019.xlsx")).sheets[0];
    const column =
      sheet.values[0].findIndex((heading) => heading === "colour_rating") + sheet.firstColumn;
    const counts = new Map<string, number>();
    for (let row = sheet.firstRow + 1; row <= lastRow(sheet); row += 1) {
      const value = cellAt(sheet, row, column);
      if (value === null) continue;
      const reading = readStatusText(value, undefined);
      const key =
        reading.kind === "level"
          ? (reading.standing ?? reading.label ?? reading.level)
          : `invalid ${cellText(value)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      Amber: 66,
      "Amber/Red": 38,
      "Amber/Green": 18,
      Green: 4,
      Red: 4,
      withheld: 3,
    });
  });

  it("DLUHC Towns Fund R4: the status dropdown's numbered words, and the 1-5 key read as 1 = no problems", async () => {
    const snapshot = await read("dluhc-towns-fund-return-r4.xlsx");
    const progress = snapshot.sheets.find((s) => s.name === "3 - Programme Progress");
    if (!progress) throw new Error("no Programme Progress sheet");
    const status = progress.lists?.find((list) => list.range.startsWith("G20"));
    expect(status?.values).toEqual([
      "< Select >",
      "1. Not yet started",
      "2. Ongoing - on track",
      "3. Ongoing - delayed",
      "4. Completed",
      "5. Other",
    ]);

    // The project table as a reader would find it: header row 19, projects in rows 20-24, RAG scores in J-L.
    const table: DetectedTable = {
      id: "projects",
      sheet: progress.name,
      kind: "actions",
      headerRows: [19],
      firstDataRow: 20,
      lastDataRow: 24,
      columns: [3, 5, 7, 10, 11, 12].map((column) => ({
        column,
        letter: "",
        header: "",
        field: column >= 10 ? ("rating" as const) : null,
      })),
      group: "",
      completed: false,
    };
    const key = scaleKeyVocabulary(new SheetGrid(progress), table);
    expect(key?.scale).toEqual({ 1: "green", 2: "green", 3: "amber", 4: "red", 5: "red" });
  });
});
