/** @jest-environment node */
import { addressOf } from "../../src/core/model/address";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { detectPlan } from "../../src/core/parse/detect-plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";

// docs/HISTORY.md#issue-11-1 on .xlsx (the CLI and the preview): Refresh RAG on BCP keeps every owner's rating,
// saved and reopened, with Plan Tracker's beside it; the report then shows both rows, and they differ.
const CLOCK = "2023-02-01T09:30:00.000Z";

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "bcp.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const read = async (gateway: XlsxGateway): Promise<WorkbookSnapshot> => {
  const snapshot = await gateway.read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return snapshot.value;
};

const ownerRatings = (snapshot: WorkbookSnapshot) =>
  detectPlan(snapshot).actions.map((a) => ({
    row: a.row,
    level: a.status?.level ?? null,
    label: a.status?.label ?? null,
    cell: addressOf(a.status?.cell) ?? null,
  }));

describe("Refresh RAG on BCP's .xlsx", () => {
  it("keeps every owner rating through a save, with Plan Tracker's in its own column, and the report shows both", async () => {
    const gateway = await open(
      new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", "bcp.xlsx")))
    );
    const before = await read(gateway);
    const written = await writeRatings(gateway, { asOf: "2023-01-31" });
    if (!written.ok) throw new Error(written.error.message);
    const reopened = await open(await gateway.save());
    const after = await read(reopened);
    expect(ownerRatings(after)).toEqual(ownerRatings(before));
    const plan = after.sheets.find((s) => s.name === "Improvement Plan")!;
    const was = before.sheets.find((s) => s.name === "Improvement Plan")!;
    expect(plan.values.map((row) => row[4] ?? null)).toEqual(
      was.values.map((row) => row[4] ?? null)
    );
    expect(Object.entries(plan.fills).filter(([address]) => /^E\d+$/.test(address))).toEqual(
      Object.entries(was.fills).filter(([address]) => /^E\d+$/.test(address))
    );
    expect(plan.values[64][8]).toBe("Calculated RAG (Plan Tracker)");

    const made = await generateReport(reopened, {
      asOf: "2023-01-31",
      generatedAt: "1 Feb 2023, 09:30",
    });
    if (!made.ok) throw new Error(made.error.message);
    const { recorded, rated } = made.value.report;
    expect(
      recorded && [
        recorded.counts.red,
        recorded.counts.amber,
        recorded.counts.green,
        recorded.counts.blue,
        recorded.counts.done,
      ]
    ).toEqual([2, 17, 13, 2, 4]);
    expect([
      rated.counts.red,
      rated.counts.amber,
      rated.counts.green,
      rated.counts.blue,
      rated.counts.done,
    ]).toEqual([23, 0, 17, 2, 4]);
    // The sheet says both rows, and the disagreements with their count.
    const report = (await read(reopened)).sheets.find((s) => s.name === "Board report")!;
    const text = report.values.flat().filter((v): v is string => typeof v === "string");
    expect(text).toContain("As recorded by owners (of 38)");
    expect(text).toContain("Owners and dates disagree");
    expect(text).toContain("Owners and dates agree on 20 of 38 actions; 8 have no owner rating.");
  });
});
