/** @jest-environment node */
import { writeRatings } from "../../src/app/rate-workbook";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { snapshotOf } from "../support/snapshot-builder";
import { installFakeExcel, type FakeExcel } from "./fake-excel";
import { fromSnapshot } from "./helpers/undo-reading";

// docs/HISTORY.md#issue-12-3 on the strict Office.js fake: with Deadline and RAG merged (D8:E9) and the RAG column
// given to Plan Tracker, Refresh RAG must leave the merge (and so the deadline) as it was.
const NOW = new Date("2023-02-01T09:30:00.000Z");
const gateway = () => createExcelGateway({ now: () => NOW });

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const PLAN = snapshotOf({
  name: "Improvement Plan",
  rows: [
    ["Improvement Plan"],
    [],
    [],
    [],
    [],
    [],
    ["Ref", "Action", "Lead", "Deadline", "RAG"],
    ["1.1", "Recruit social workers", "Jo Bloggs", 44742, null],
    ["1.2", "Revise the sufficiency strategy", "Sam Smith", null, null],
    ["1.3", "Audit case files", "Ali Khan", 45291, "Green"],
  ],
  numberFormats: { D8: "dd/mm/yyyy", D10: "dd/mm/yyyy" },
  merges: ["D8:E9"],
});

describe("Refresh RAG in Excel with Deadline and RAG merged", () => {
  it("keeps the deadline's date when the RAG column is Plan Tracker's, and says which cells it left", async () => {
    fake = installFakeExcel(fromSnapshot(PLAN), { apiVersion: "1.17", platform: "web" });
    const written = await writeRatings(gateway(), {
      asOf: "2023-01-31",
      ratings: { calculated: "status-column", fillEmptyOwnerCells: false },
    });
    if (!written.ok) throw new Error(written.error.message);
    expect(fake.value("Improvement Plan", "D8")).toBe(44742);
    expect(fake.value("Improvement Plan", "E10")).toMatch(/Red|Amber|Green/);
    expect(written.value.applied.skipped).toContain(
      "2 RAG cells were left as they are because they are merged with another column: Improvement Plan!E8, E9."
    );
  });
});
