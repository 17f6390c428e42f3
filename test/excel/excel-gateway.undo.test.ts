/** @jest-environment node */
import { writeRatings } from "../../src/app/rate-workbook";
import { UNDO_SHEET } from "../../src/core/rag/write/owned-sheets";
import { FORMATS_NOT_KEPT, NOTHING_TO_UNDO } from "../../src/core/undo/undo-sentences";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { loadFixture } from "../support/snapshot-builder";
import { generatePlan } from "../support/generated-plan";
import { installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "./fake-excel";
import { parseArea } from "./fake/grid";
import { readStore } from "./helpers/store-reading";
import { fromSnapshot, recordIn } from "./helpers/undo-reading";

// Refresh RAG then Undo last run through Office.js, on the strict fake (docs/HISTORY.md#issue-6-3): every cell of
// the council's own sheets back exactly, a co-author's later edit never overwritten, and the run's
// round trips as without undo (plus at most one).
const FOUR_MB = 4 * 1024 * 1024;
const NOW = new Date("2023-02-01T09:30:00.000Z");
const gateway = (keepUndo = true) => createExcelGateway({ now: () => NOW, keepUndo });

/** A plan with a typed Status column: the council's text colour, one bold cell, a fill, a text format, its own dropdown and a formula. */
const typedStatusPlan = (): FakeWorkbookInit => ({
  name: "typed.xlsx",
  sheets: [
    {
      name: "Action Plan",
      values: [
        ["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"],
        [
          "1.1",
          "Recruit permanent social workers",
          "Head of Workforce",
          "March 2023",
          "On track",
          "Update given at the board",
        ],
        [
          "1.2",
          "Audit every open child in need plan",
          "Principal Social Worker",
          "December 2022",
          "At risk",
          "Update given at the board",
        ],
        [
          "1.3",
          "Launch the practice model training",
          "Service Manager",
          "April 2023",
          "Complete",
          "Update given at the board",
        ],
        [
          "1.4",
          "Review supervision records",
          "Team Managers",
          "January 2023",
          "Off track",
          "Update given at the board",
        ],
        [
          "1.5",
          "Publish the sufficiency strategy",
          "Director",
          "June 2023",
          "On track",
          "Update given at the board",
        ],
      ],
      numberFormats: { E5: "@" },
      fills: { E4: "#C5E0B4" },
    },
    { name: "Notes", values: [["Board dates"], [44957]], numberFormats: { A2: "dd/mm/yyyy" } },
  ],
});

const STATUS_ALERT = {
  showAlert: true,
  style: "Warning",
  title: "Status",
  message: "Pick a status from the list.",
};

const dressTypedStatus = (fake: FakeExcel): void => {
  const sheet = fake.sheet("Action Plan");
  for (let row = 1; row <= 5; row += 1)
    sheet.setCellFormat(row, 4, { fontColour: "#1F4E79", bold: row === 2 });
  sheet.dataValidations.push({
    area: parseArea("E2:E6"),
    rule: { list: { inCellDropDown: true, source: "On track,At risk,Off track,Complete" } },
    ignoreBlanks: false,
    errorAlert: STATUS_ALERT,
  });
  // The progress column is a formula the run must never touch.
  fake.sheet("Notes").setFormula(2, 0, "=DATE(2023,1,31)", 44957);
};

/** BCP, plus a highlighting rule of the council's own on the measures' cells (undo must leave it). */
const dressBcp = (fake: FakeExcel): void => {
  for (const sheet of fake.store.sheets) {
    if (sheet.conditionalFormats.length > 0) return;
  }
  const sheet = fake.store.sheets[0];
  sheet.conditionalFormats.push({
    id: fake.store.newId(),
    area: parseArea("A1:A3"),
    areas: [parseArea("A1:A3")],
    type: "Custom",
    formula: "=LEN(A1)>200",
    fill: "#FFFF00",
    fontColour: null,
    priority: 0,
  });
};

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const install = (
  init: FakeWorkbookInit,
  dress: (fake: FakeExcel) => void,
  apiVersion = "1.17"
): FakeExcel => {
  fake = installFakeExcel(init, { apiVersion, platform: "web" });
  dress(fake);
  return fake;
};

describe.each([
  [
    "the BCP plan (RAG column held as fills, dropdowns, highlighting)",
    () => fromSnapshot(loadFixture("bcp")),
    dressBcp,
  ],
  [
    "a plan with a typed Status column (its text colour, bold, fill, text format and dropdown)",
    typedStatusPlan,
    dressTypedStatus,
  ],
])("Refresh RAG then Undo last run in Excel on %s", (_name, init, dress) => {
  it("puts every value, format, fill, font, dropdown and rule of the council's sheets back exactly", async () => {
    const excel = install(init(), dress);
    const before = readStore(excel.store);
    const written = await writeRatings(gateway(), { asOf: "2023-01-31" });
    if (!written.ok) throw new Error(written.error.message);
    expect(readStore(excel.store)).not.toEqual(before);
    const record = recordIn(excel);
    expect(record?.label).toBe("Refresh RAG as of 31 Jan 2023");
    expect(record?.takenAt).toBe(NOW.toISOString());

    const undone = await gateway().undoLastRun?.();
    if (!undone?.ok) throw new Error(undone?.error.message ?? "no undo");
    expect(undone.value).toEqual({
      restored: record?.cells.length,
      label: "Refresh RAG as of 31 Jan 2023",
      removed: (record?.rules.length ?? 0) + (record?.validations.length ?? 0),
    });
    expect(undone.value.restored).toBeGreaterThan(0);
    expect(readStore(excel.store)).toEqual(before);
    // The record is cleared: a second undo has nothing to undo.
    expect(await gateway().undoableRun?.()).toEqual({ ok: true, value: null });
    expect(await gateway().undoLastRun?.()).toEqual({
      ok: false,
      error: { kind: "nothing-to-undo", message: NOTHING_TO_UNDO },
    });
  });

  it("records only the council's own sheets, never Plan Tracker's, and only cells the run changed", async () => {
    const excel = install(init(), dress);
    await writeRatings(gateway(), { asOf: "2023-01-31" });
    const record = recordIn(excel);
    const sheets = new Set(
      [...(record?.cells ?? []), ...(record?.rules ?? []), ...(record?.validations ?? [])].map(
        (entry) => entry.sheet
      )
    );
    expect([...sheets].every((sheet) => !sheet.startsWith("Plan Tracker"))).toBe(true);
    expect(record?.cells.length).toBeGreaterThan(0);
    // A second refresh rating everything the same changes no cell of theirs (its ratings sheet is rebuilt, but that is Plan Tracker's).
    await writeRatings(gateway(), { asOf: "2023-01-31" });
    expect(recordIn(excel)?.cells).toEqual([]);
  });
});

describe("Undo last run in Excel never overwrites a later edit", () => {
  it("refuses, naming the cell a co-author changed since the run, and changes nothing", async () => {
    const excel = install(typedStatusPlan(), dressTypedStatus);
    // Plan Tracker's own column (G, right of the table): the owners' Status column is never written.
    await writeRatings(gateway(), { asOf: "2023-01-31" });
    excel.setValue("Action Plan", "G3", "Escalated to the board");
    const afterEdit = readStore(excel.store);
    const undone = await gateway().undoLastRun?.();
    expect(undone).toEqual({
      ok: false,
      error: {
        kind: "changed-since-read",
        cells: ["'Action Plan'!G3"],
        message:
          "1 cell has changed since 'Refresh RAG as of 31 Jan 2023' wrote it ('Action Plan'!G3), so Undo last run put nothing back rather than overwrite that later edit; change it back by hand if you still want the earlier values.",
      },
    });
    expect(readStore(excel.store)).toEqual(afterEdit);
    expect((await gateway().undoableRun?.())?.ok && recordIn(excel)).not.toBeNull();
  });

  it("refuses a record changed by hand, saying where, and changes nothing", async () => {
    const excel = install(typedStatusPlan(), dressTypedStatus);
    await writeRatings(gateway(), { asOf: "2023-01-31" });
    excel.setValue(UNDO_SHEET, "D8", "Off track");
    const tampered = readStore(excel.store);
    const undone = await gateway().undoLastRun?.();
    expect(undone?.ok === false && undone.error.message).toBe(
      "The sheet 'Plan Tracker Undo' has been changed since Plan Tracker wrote it (its entries no longer match the check value in B4), so Undo last run cannot put cells back exactly and changed nothing."
    );
    expect(readStore(excel.store)).toEqual(tampered);
  });
});

describe("what the run costs in round trips", () => {
  const measure = async (actions: number, keepUndo: boolean) => {
    const snapshot = generatePlan({ actions, measures: 20, months: 24 });
    const excel = installFakeExcel(fromSnapshot(snapshot), { platform: "web" });
    try {
      const result = await writeRatings(gateway(keepUndo), { asOf: "2023-01-31" });
      if (!result.ok) throw new Error(result.error.message);
      return {
        syncs: excel.stats.syncs,
        maxRequest: excel.stats.maxRequestBytes,
        maxResponse: excel.stats.maxResponseBytes,
        kept: keepUndo ? recordIn(excel)?.cells.length : 0,
      };
    } finally {
      excel.uninstall();
    }
  };

  it.each([100, 10_000])(
    "a RAG refresh of %i actions takes the same syncs as without undo, plus at most one, and no request over 4 MB",
    async (actions) => {
      const without = await measure(actions, false);
      const withUndo = await measure(actions, true);
      expect(withUndo.kept).toBeGreaterThan(actions / 2);
      expect(withUndo.syncs).toBeLessThanOrEqual(without.syncs + 1);
      expect(withUndo.maxRequest).toBeLessThanOrEqual(FOUR_MB);
      expect(withUndo.maxResponse).toBeLessThanOrEqual(FOUR_MB + 1024 * 1024);
    },
    120_000
  );
});

describe("a run that only adds highlighting (the scorecard: measures, no RAG column)", () => {
  const run = async (keepUndo: boolean) => {
    const excel = install(fromSnapshot(loadFixture("scorecard")), () => undefined);
    const before = readStore(excel.store);
    excel.resetStats();
    const written = await writeRatings(gateway(keepUndo), { asOf: "2022-07-31" });
    if (!written.ok) throw new Error(written.error.message);
    return { excel, before, syncs: excel.stats.syncs };
  };

  it("costs no extra round trip: the rules are kept as the plan gives them, nothing is read", async () => {
    const without = (await run(false)).syncs;
    fake?.uninstall();
    expect((await run(true)).syncs).toBe(without);
  });

  it("is undone by removing exactly the rules it added", async () => {
    const { excel, before } = await run(true);
    const added = excel.store.sheet("Scorecard")?.conditionalFormats.length ?? 0;
    expect(added).toBeGreaterThan(0);
    const undone = await gateway().undoLastRun?.();
    expect(undone).toEqual({
      ok: true,
      value: { restored: 0, label: "Refresh RAG as of 31 Jul 2022", removed: added },
    });
    expect(readStore(excel.store)).toEqual(before);
  });
});

describe("undo on older Excel and with nothing to undo", () => {
  it("before ExcelApi 1.9 keeps values and number formats, and says fills and text colours cannot be kept", async () => {
    const excel = install(typedStatusPlan(), () => undefined, "1.8");
    const written = await writeRatings(gateway(), { asOf: "2023-01-31" });
    expect(written.ok && written.value.applied.skipped).toContain(FORMATS_NOT_KEPT);
    const undone = await gateway().undoLastRun?.();
    expect(undone?.ok).toBe(true);
    expect(excel.value("Action Plan", "E3")).toBe("At risk");
  });

  it("says plainly when the workbook has no record", async () => {
    install(typedStatusPlan(), () => undefined);
    expect(await gateway().undoableRun?.()).toEqual({ ok: true, value: null });
    expect(await gateway().undoLastRun?.()).toEqual({
      ok: false,
      error: { kind: "nothing-to-undo", message: NOTHING_TO_UNDO },
    });
  });
});
