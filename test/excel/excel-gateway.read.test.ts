/** @jest-environment node */
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { settingsToXml } from "../../src/excel/settings-store";
import { fingerprintSheets } from "../../src/core/snapshot/fingerprint";
import { installFakeExcel, PAYLOAD_LIMIT, type FakeExcel } from "./fake-excel";
import { generatedActions } from "./generated-plan";

const clock = () => new Date("2025-01-15T09:30:00.000Z");

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const smallPlan = {
  name: "Improvement plan.xlsx",
  sheets: [
    {
      name: "Key actions",
      topLeft: "B2",
      values: [
        ["Ref", "Action", "Due", "RAG"],
        ["1.1", "Recruit social workers", 45000, ""],
        ["1.2", "", 45100, null],
      ],
      numberFormats: { D3: "dd/mm/yyyy", C3: "General" },
      fills: { E3: "#D4351C", E4: "#FFFFFF" },
      merges: ["B6:E6"],
    },
    {
      name: "Lists",
      protected: true,
      visibility: "Hidden" as const,
      values: [["Not started"], ["Complete"]],
    },
    { name: "Blank" },
  ],
  settings: { "plan-tracker.layout": "gloucestershire", "plan-tracker.version": 3 },
  customXmlParts: [settingsToXml({ "reporting-period": "2024-Q3", "plan-tracker.layout": "bcp" })],
};

describe("read: the snapshot", () => {
  it("converts the workbook to plain data: nulls for empty cells, sparse formats, merges, protection, settings", async () => {
    fake = installFakeExcel(smallPlan);
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    const snapshot = result.value;
    expect(snapshot.name).toBe("Improvement plan.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Key actions", "visible", false],
      ["Lists", "hidden", true],
      ["Blank", "visible", false],
    ]);
    const actions = snapshot.sheets[0];
    expect([actions.firstRow, actions.firstColumn]).toEqual([2, 2]);
    expect(actions.values).toEqual([
      ["Ref", "Action", "Due", "RAG"],
      ["1.1", "Recruit social workers", 45000, null],
      ["1.2", null, 45100, null],
    ]);
    expect(actions.numberFormats).toEqual({ D3: "dd/mm/yyyy" });
    expect(actions.fills).toEqual({});
    expect(actions.merges).toEqual(["B6:E6"]);
    expect(snapshot.sheets[2]).toMatchObject({ firstRow: 1, firstColumn: 1, values: [] });
    // The custom XML part (ExcelApi 1.5) wins over workbook.settings for the same key.
    expect(snapshot.settings).toEqual({
      "plan-tracker.layout": "bcp",
      "plan-tracker.version": "3",
      "reporting-period": "2024-Q3",
    });
    expect(snapshot.stamp).toEqual({
      takenAt: "2025-01-15T09:30:00.000Z",
      fingerprint: fingerprintSheets(snapshot.sheets),
    });
  });

  it("reads fills only when asked, skipping white, and clips whole columns to the used rows", async () => {
    fake = installFakeExcel(smallPlan);
    const gateway = createExcelGateway({ now: clock });
    const plain = await gateway.read();
    expect(fake.stats.calls["Range.getCellProperties"]).toBeUndefined();
    expect(plain.ok && plain.value.sheets[0].fills).toEqual({});
    const syncsWithout = fake.stats.syncs;
    fake.resetStats();
    const withFills = await gateway.read({
      fills: [
        { sheet: "Key actions", ranges: ["E:E"] },
        { sheet: "Gone", ranges: ["A1"] },
      ],
    });
    if (!withFills.ok) throw new Error(withFills.error.message);
    expect(withFills.value.sheets[0].fills).toEqual({ E3: "#D4351C" });
    expect(fake.stats.calls["Range.getCellProperties"]).toBe(1);
    expect(fake.stats.syncs).toBe(syncsWithout + 1);
  });

  it("on ExcelApi 1.8 skips fills (no getCellProperties call) and says so in capabilities", async () => {
    fake = installFakeExcel(smallPlan, { apiVersion: "1.8" });
    const gateway = createExcelGateway({ now: clock });
    const result = await gateway.read({ fills: [{ sheet: "Key actions", ranges: ["E3:E4"] }] });
    expect(result.ok && result.value.sheets[0].fills).toEqual({});
    expect(fake.stats.calls["Range.getCellProperties"]).toBeUndefined();
    expect(gateway.capabilities().cellProperties).toBe(false);
  });

  it("still reads on ExcelApi 1.1 (Office 2016): no protection, settings or merges, nothing unsupported called", async () => {
    fake = installFakeExcel(smallPlan, { apiVersion: "1.1" });
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.name).toBe("Workbook");
    expect(result.value.sheets[0].values[1]).toEqual([
      "1.1",
      "Recruit social workers",
      45000,
      null,
    ]);
    expect(result.value.sheets[1].protected).toBe(false);
    expect(result.value.settings).toEqual({});
  });

  it("releases the bulk range proxies it created (untrack)", async () => {
    fake = installFakeExcel({ sheets: [generatedActions(1_000)] });
    await createExcelGateway({ now: clock, readCellBudget: 1_200 }).read();
    expect(fake.stats.untracked).toBe(Math.ceil(1_001 / 200));
  });
});

describe("read: syncs follow the bytes, never the rows", () => {
  const FOUR_MB = 4 * 1024 * 1024;

  const syncsToRead = async (rows: number, platform: "web" | "desktop", fills: boolean) => {
    fake = installFakeExcel(
      { sheets: [generatedActions(rows), { name: "Lists", values: [["a"]] }] },
      { platform }
    );
    const result = await createExcelGateway({ now: clock }).read(
      fills ? { fills: [{ sheet: "Actions", ranges: ["F:F"] }] } : {}
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets[0].values).toHaveLength(rows + 1);
    expect(result.value.sheets[0].values[rows]).toEqual(
      generatedActions(rows).values?.[rows].map((v) => v ?? null)
    );
    const { syncs, perSync } = fake.stats;
    fake.uninstall();
    return {
      syncs,
      refused: perSync.filter((sync) => sync.failed !== undefined).length,
      largest: Math.max(...perSync.map((sync) => sync.responseBytes)),
    };
  };

  it("takes 3 syncs up to 10,000 rows (4 with fills), on the web and on desktop alike", async () => {
    for (const platform of ["web", "desktop"] as const) {
      expect((await syncsToRead(100, platform, false)).syncs).toBe(3);
      expect((await syncsToRead(10_000, platform, false)).syncs).toBe(3);
      expect((await syncsToRead(100, platform, true)).syncs).toBe(4);
    }
  });

  it("reads 100,000 rows in one sync per 4 MB of cells, sized before asking: Excel on the web refuses none", async () => {
    // About 14 MB of values and number formats: sheets, used ranges, then four reads of under 4 MB
    // each (the first sized by the prior, the rest by what it measured). The RAG column's fills
    // (4.2 MB of cell properties) are two more.
    const web = await syncsToRead(100_000, "web", false);
    expect(web).toEqual({ syncs: 6, refused: 0, largest: expect.any(Number) });
    expect(web.largest).toBeLessThanOrEqual(FOUR_MB);
    expect(await syncsToRead(100_000, "web", true)).toMatchObject({ syncs: 8, refused: 0 });
    // Desktop has no 5 MB limit but reads the same way: Microsoft advises splitting large ranges on
    // every platform, and the count stays a property of the bytes, not of the host.
    expect(await syncsToRead(100_000, "desktop", false)).toMatchObject({ syncs: 6, refused: 0 });
  });

  it("keeps every response within a tenth of 4 MB however the rows run, and the count to the bytes over 4 MB plus at most one", async () => {
    fake = installFakeExcel({ sheets: [generatedActions(100_000)] });
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets[0].values).toHaveLength(100_001);
    expect(result.value.sheets[0].numberFormats.D100001).toBe("dd/mm/yyyy");
    const reads = fake.stats.perSync.slice(2);
    expect(
      reads.every((sync) => sync.failed === undefined && sync.responseBytes <= 1.1 * FOUR_MB)
    ).toBe(true);
    const bytes = reads.reduce((sum, sync) => sum + sync.responseBytes, 0);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(bytes / FOUR_MB) + 1);
  });

  it("still reads a sheet the estimate got wrong (long notes): Excel's refusal halves the group, then the sheet's own measure sizes the rest", async () => {
    // 200-character notes: about 210 bytes a row where the prior expects 96, so the first group
    // (43,690 rows, some 9 MB) is refused once and halved; what came back sizes the rest at 4 MB.
    const note = "Progress: ".padEnd(200, "x");
    fake = installFakeExcel({
      sheets: [
        { name: "Notes", values: Array.from({ length: 100_000 }, (_, i) => [`${i + 1}`, note]) },
      ],
    });
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets[0].values).toHaveLength(100_000);
    expect(result.value.sheets[0].values[99_999]).toEqual(["100000", note]);
    const reads = fake.stats.perSync.slice(2);
    expect(reads.map((sync) => sync.failed ?? "read")).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      "read",
      "read",
      "read",
      "read",
      "read",
      "read",
    ]);
    expect(Math.max(...reads.slice(1).map((sync) => sync.responseBytes))).toBeLessThanOrEqual(
      PAYLOAD_LIMIT
    );
    expect(Math.max(...reads.slice(3).map((sync) => sync.responseBytes))).toBeLessThanOrEqual(
      1.1 * FOUR_MB
    );
  }, 30_000);

  it("reads a colour-only RAG column in one sync per 4 MB of cell properties (42 bytes a cell), refused none", async () => {
    const column = (rows: number) => ({
      name: "Plan",
      values: Array.from({ length: rows }, (_, i) => [`${i + 1}`, null]),
      fills: Object.fromEntries(
        Array.from({ length: rows }, (_, i) => [`B${i + 1}`, i % 2 === 0 ? "#D4351C" : "#00703C"])
      ),
    });
    for (const [rows, syncs] of [
      [50_000, 1],
      [100_000, 2],
      [250_000, 3],
    ]) {
      fake = installFakeExcel({ sheets: [column(rows)] });
      const fills = await createExcelGateway({ now: clock }).readFills?.([
        { sheet: "Plan", ranges: [`B1:B${rows}`] },
      ]);
      if (!fills?.ok) throw new Error("fills not read");
      expect(Object.keys(fills.value.Plan)).toHaveLength(rows);
      expect(fake.stats.perSync.filter((sync) => sync.failed !== undefined)).toEqual([]);
      expect(fake.stats.syncs).toBe(syncs);
      expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
      fake.uninstall();
    }
  }, 60_000);
});

describe("read: failures as plain sentences", () => {
  it("turns Excel's silent null for an over-large read into too-large, naming the sheet", async () => {
    fake = installFakeExcel({ sheets: [generatedActions(400)] }, { cellReadLimit: 1_000 });
    const result = await createExcelGateway({ now: clock }).read();
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: "too-large",
        sheet: "Actions",
        message: expect.stringContaining('"Actions" is too large'),
      }),
    });
  });

  it("refuses a sheet whose used range is over the cell limit without reading it", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Stray", values: [["top"]] }] });
    fake.setValue("Stray", "Z300000", "stray value far away");
    const result = await createExcelGateway({ now: clock }).read();
    expect(!result.ok && result.error).toMatchObject({ kind: "too-large", sheet: "Stray" });
    expect(!result.ok && result.error.message).toContain("7,800,000 cells in use");
    expect(fake.stats.syncs).toBe(2);
  });

  it("still reads when Excel fails to list merged areas (over 512), without the merges", async () => {
    fake = installFakeExcel(smallPlan);
    fake.onBeforeSync((n) => n === 2 && fake.failNextSync("GeneralException"));
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets[0].merges).toEqual([]);
    expect(result.value.settings["reporting-period"]).toBe("2024-Q3");
    expect(fake.stats.syncs).toBe(4);
  });

  it("maps an Excel failure to one plain sentence with no stack trace", async () => {
    fake = installFakeExcel(smallPlan);
    fake.failNextSync("GeneralException", "An internal error has occurred.");
    const result = await createExcelGateway({ now: clock }).read();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("host-error");
    expect(result.error.message).toMatch(/^Excel reported an internal error; .+\.$/);
    expect(result.error.message).not.toMatch(/\n|at .+\(|RichApi/);
  });
});
