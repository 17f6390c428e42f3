/** @jest-environment node */
import { addressOf } from "../../src/core/model/address";
import { generateReport } from "../../src/app/generate-report";
import { writeRatings } from "../../src/app/rate-workbook";
import { detectPlan } from "../../src/core/parse/detect-plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { loadFixture } from "../support/snapshot-builder";
import { installFakeExcel, type FakeExcel } from "./fake-excel";
import { fromSnapshot } from "./helpers/undo-reading";

// docs/HISTORY.md#issue-11-1 on the strict Office.js fake: Refresh RAG on BCP keeps every owner's rating (their
// colour-only RAG column, 2/17/13/2/4 by their key), puts Plan Tracker's beside it, and the board
// report made afterwards still shows the owners' figures next to Plan Tracker's.
const NOW = new Date("2023-02-01T09:30:00.000Z");
const gateway = () => createExcelGateway({ now: () => NOW });

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const read = async (): Promise<WorkbookSnapshot> => {
  const snapshot = await gateway().read();
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

const ownerColumn = (snapshot: WorkbookSnapshot) => {
  const sheet = snapshot.sheets.find((s) => s.name === "Improvement Plan")!;
  return sheet.values.map((row, r) => [row[4] ?? null, sheet.fills[`E${r + 1}`] ?? null]);
};

describe("Refresh RAG in Excel on BCP", () => {
  it("keeps every owner rating, writes Plan Tracker's in its own column, and the report shows both", async () => {
    fake = installFakeExcel(fromSnapshot(loadFixture("bcp")), {
      apiVersion: "1.17",
      platform: "web",
    });
    const before = await read();
    const written = await writeRatings(gateway(), { asOf: "2023-01-31" });
    if (!written.ok) throw new Error(written.error.message);
    const after = await read();
    expect(ownerRatings(after)).toEqual(ownerRatings(before));
    expect(ownerColumn(after)).toEqual(ownerColumn(before));
    expect(fake.value("Improvement Plan", "AS20")).toBe("Calculated RAG (Plan Tracker)");
    expect(fake.value("Improvement Plan", "I66")).toMatch(
      /^. (High risk|Significant risk|On track|Actioned|Completed)/
    );

    const made = await generateReport(gateway(), {
      asOf: "2023-01-31",
      generatedAt: "1 Feb 2023, 09:30",
    });
    if (!made.ok) throw new Error(made.error.message);
    const { recorded, rated, reconciliation } = made.value.report;
    // The owners' own key: 2 red, 17 amber, 13 green, 2 blue, 4 done of 38.
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
    expect(reconciliation?.summary).toBe(
      "owners and dates agree on 20 of 38 actions; 8 have no owner rating"
    );
  });
});
