/** @jest-environment node */
import type { CellValue } from "../../src/core/model/cell-value";
import type { WriteOp, WritePlan } from "../../src/core/write-plan/write-plan";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "./fake-excel";

// These tests measure the write mechanics alone; Undo last run's record has its own tests (excel-gateway.undo.test.ts).
const WRITES_ONLY = { keepUndo: false } as const;

const FOUR_MB = 4 * 1024 * 1024;
const basedOn = { takenAt: "2025-01-15T09:30:00.000Z", fingerprint: "00000000" };
const planOf = (...ops: WriteOp[]): WritePlan => ({ basedOn, ops });

const workbook = (): FakeWorkbookInit => ({
  sheets: [
    {
      name: "Actions",
      values: [
        ["Ref", "Action", "Status", "RAG"],
        ["1.1", "Recruit social workers", "On track", null],
        ["1.2", "Audit case files", "At risk", null],
        ["1.3", "Train managers", "Off track", null],
      ],
    },
    { name: "Lists", protected: true, values: [["Not started"], ["On track"]] },
  ],
});

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const column = (rows: number, cell: (row: number) => CellValue): CellValue[][] =>
  Array.from({ length: rows }, (_, i) => [cell(i)]);

describe("apply: writing a WritePlan", () => {
  it("writes number formats before values, then fills, with events off during the write and restored after", async () => {
    fake = installFakeExcel(workbook());
    const eventsAtSync: boolean[] = [];
    fake.onBeforeSync(() => eventsAtSync.push(fake.enableEvents));
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf(
        {
          kind: "values",
          sheet: "Actions",
          topLeft: "E1",
          values: [["Due"], [45000], [45100], [null]],
        },
        {
          kind: "fills",
          sheet: "Actions",
          topLeft: "D2",
          colours: [["#00703C"], ["#FFBF47"], [null]],
        },
        {
          kind: "numberFormats",
          sheet: "Actions",
          topLeft: "E2",
          formats: [["dd/mm/yyyy"], ["dd/mm/yyyy"], ["dd/mm/yyyy"]],
        }
      )
    );
    expect(result).toEqual({ ok: true, value: { opsApplied: 3, syncs: 3, skipped: [] } });
    expect([fake.value("Actions", "E2"), fake.numberFormat("Actions", "E2")]).toEqual([
      45000,
      "dd/mm/yyyy",
    ]);
    expect([
      fake.fill("Actions", "D2"),
      fake.fill("Actions", "D3"),
      fake.fill("Actions", "D4"),
    ]).toEqual(["#00703C", "#FFBF47", "#FFFFFF"]);
    const writeCalls = fake.stats.perSync[1].calls.filter((call) =>
      /=$|CellProperties|fill/i.test(call)
    );
    expect(writeCalls.indexOf("Range.numberFormat=")).toBeLessThan(
      writeCalls.indexOf("Range.values=")
    );
    expect(writeCalls.indexOf("Range.values=")).toBeLessThan(
      writeCalls.indexOf("Range.setCellProperties")
    );
    expect(fake.stats.perSync[1].calls).toContain("Application.suspendApiCalculationUntilNextSync");
    expect(eventsAtSync).toEqual([true, true, false]);
    expect(fake.enableEvents).toBe(true);
    expect(fake.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it("keeps text as text (refs like 2.10, formula-like wording) and leaves cells alone for null", async () => {
    fake = installFakeExcel(workbook());
    await createExcelGateway(WRITES_ONLY).apply(
      planOf({
        kind: "values",
        sheet: "Actions",
        topLeft: "A2",
        values: [["2.10", "=> escalate", null, ""]],
      })
    );
    // null leaves "On track" as it was (as Office.js does with null in a 2-D update); "" empties a cell.
    expect([
      fake.value("Actions", "A2"),
      fake.value("Actions", "B2"),
      fake.value("Actions", "C2"),
      fake.value("Actions", "D2"),
    ]).toEqual(["2.10", "=> escalate", "On track", ""]);
  });

  it("creates a sheet once, then rebuilds it by clearing rather than deleting", async () => {
    fake = installFakeExcel(workbook());
    const gateway = createExcelGateway(WRITES_ONLY);
    const report = (title: string) =>
      planOf(
        { kind: "ensureSheet", sheet: "Board report" },
        { kind: "clearSheet", sheet: "Board report" },
        { kind: "values", sheet: "Board report", topLeft: "A1", values: [[title]] }
      );
    await gateway.apply(
      planOf(...report("Q1").ops, {
        kind: "values",
        sheet: "Board report",
        topLeft: "C9",
        values: [["old note"]],
      })
    );
    expect(fake.value("Board report", "C9")).toBe("old note");
    const again = await gateway.apply(report("Q2"));
    expect(again.ok).toBe(true);
    expect([fake.value("Board report", "A1"), fake.value("Board report", "C9")]).toEqual([
      "Q2",
      "",
    ]);
    expect(fake.store.sheets.map((sheet) => sheet.name)).toEqual([
      "Actions",
      "Lists",
      "Board report",
    ]);
  });

  it("adds the conditional-format layer and list dropdowns where Excel supports them", async () => {
    fake = installFakeExcel(workbook());
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf(
        {
          kind: "conditionalFormat",
          sheet: "Actions",
          range: "C2:C4",
          rule: {
            kind: "formula",
            formula: '=$C2="Off track"',
            fill: "#D4351C",
            fontColour: "#FFFFFF",
            priority: 0,
          },
        },
        { kind: "listValidation", sheet: "Actions", range: "C2:C4", source: "=Lists!$A$1:$A$2" }
      )
    );
    expect(result.ok && result.value.skipped).toEqual([]);
    expect(fake.sheet("Actions").conditionalFormats).toMatchObject([
      { type: "Custom", formula: '=$C2="Off track"', fill: "#D4351C", fontColour: "#FFFFFF" },
    ]);
    expect(fake.sheet("Actions").dataValidations).toMatchObject([
      { rule: { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" } } },
    ]);
  });

  it("reports progress after each chunk", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Big" }] });
    const progress: [number, number][] = [];
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf({
        kind: "values",
        sheet: "Big",
        topLeft: "A1",
        values: column(400_000, (i) => `action ${i} is on track`),
      }),
      (done, total) => progress.push([done, total])
    );
    expect(result.ok).toBe(true);
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe("apply: size decides the syncs, never the row count", () => {
  it("writes 100,000 rows x 3 columns of values and fills with no request over 4 MB", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Actions" }] });
    const rows = 100_000;
    const values = Array.from({ length: rows }, (_, i) => [
      `${1 + Math.floor(i / 100)}.${i % 100}`,
      `Action ${i}`,
      i % 5,
    ]);
    const colours = Array.from({ length: rows }, (_, i) =>
      ["#D4351C", "#FFBF47", "#00703C"].map((c, k) => ((i + k) % 4 === 0 ? null : c))
    );
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf(
        { kind: "values", sheet: "Actions", topLeft: "A2", values },
        { kind: "fills", sheet: "Actions", topLeft: "A2", colours }
      )
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(fake.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(fake.stats.perSync.every((sync) => sync.failed === undefined)).toBe(true);
    for (const i of [0, 1, 49_999, 50_000, 87_654, rows - 2, rows - 1]) {
      const row = i + 2;
      expect(["A", "B", "C"].map((c) => fake.value("Actions", `${c}${row}`))).toEqual(values[i]);
      expect(["A", "B", "C"].map((c) => fake.fill("Actions", `${c}${row}`))).toEqual(
        colours[i].map((c) => c ?? "#FFFFFF")
      );
    }
    // About 12.4 MB in all (values, then per-cell fills), sized exactly: preflight, 3 chunks under 4 MB, events restored.
    expect(result.value.syncs).toBe(5);
  });

  it("takes ceil(bytes / 4 MB) write syncs whatever the shape, so 200,000 short rows take fewer than 6,000 wide ones", async () => {
    const writeSyncs = async (rows: number, columns: number, cell: CellValue) => {
      fake = installFakeExcel({ sheets: [{ name: "Data" }] });
      const values = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => cell)
      );
      const result = await createExcelGateway(WRITES_ONLY).apply(
        planOf({ kind: "values", sheet: "Data", topLeft: "A1", values })
      );
      if (!result.ok) throw new Error(result.error.message);
      // Everything between the preflight sync and the sync that turns events back on.
      const chunks = fake.stats.perSync.slice(1, -1);
      const bytes = chunks.reduce((sum, sync) => sum + sync.requestBytes, 0);
      expect(chunks).toHaveLength(Math.ceil(bytes / FOUR_MB));
      fake.uninstall();
      return chunks.length;
    };
    // "On track" needs no text prefix (toExcelValue): 13 bytes a row, about 7.4 MB.
    expect(await writeSyncs(600_000, 1, "On track")).toBe(2);
    expect(await writeSyncs(6_000, 100, "On track")).toBe(2);
    expect(await writeSyncs(200_000, 1, 3)).toBe(1);
  });

  it("writes 200,000 short rows in a single chunk", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Data" }] });
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf({
        kind: "values",
        sheet: "Data",
        topLeft: "A1",
        values: column(200_000, (i) => i % 5),
      })
    );
    expect(result.ok && result.value.syncs).toBe(3);
  });
});

describe("apply: refusing before anything is written", () => {
  it("refuses a protected sheet, naming it, with nothing written", async () => {
    fake = installFakeExcel(workbook());
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf(
        { kind: "values", sheet: "Actions", topLeft: "C2", values: [["Complete"]] },
        { kind: "values", sheet: "Lists", topLeft: "A3", values: [["Complete"]] }
      )
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "protected-sheet",
        sheet: "Lists",
        message:
          'The sheet "Lists" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.',
      },
    });
    expect(fake.value("Actions", "C2")).toBe("On track");
    expect(fake.stats.calls["Range.values="]).toBeUndefined();
    expect(fake.stats.syncs).toBe(1);
  });

  it("refuses when a co-author changed the cells since they were read, listing them", async () => {
    fake = installFakeExcel(workbook());
    const gateway = createExcelGateway(WRITES_ONLY);
    const read = await gateway.read();
    if (!read.ok) throw new Error(read.error.message);
    const statusNow = read.value.sheets[0].values.slice(1).map((row) => [row[2]]);
    const update = planOf({
      kind: "values",
      sheet: "Actions",
      topLeft: "C2",
      values: [["Complete"], ["On track"], ["At risk"]],
      expected: statusNow,
    });
    fake.setValue("Actions", "C3", "Complete (edited by a colleague)");
    const refused = await gateway.apply(update);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ kind: "changed-since-read", cells: ["Actions!C3"] });
    expect(refused.error.message).toBe(
      "1 cell has changed since Plan Tracker read the workbook (Actions!C3), so nothing was written; run the check again to work from the latest values."
    );
    expect(fake.value("Actions", "C2")).toBe("On track");
    fake.setValue("Actions", "C3", "At risk");
    const accepted = await gateway.apply(update);
    expect(accepted.ok).toBe(true);
    expect(fake.value("Actions", "C2")).toBe("Complete");
  });

  it("refuses a write to a sheet that has gone", async () => {
    fake = installFakeExcel(workbook());
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf({ kind: "values", sheet: "Old actions", topLeft: "A1", values: [["x"]] })
    );
    expect(!result.ok && result.error).toMatchObject({
      kind: "changed-since-read",
      sheet: "Old actions",
    });
  });

  it("refuses a malformed WritePlan in one sentence without calling Excel", async () => {
    fake = installFakeExcel(workbook());
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf({ kind: "values", sheet: "Actions", topLeft: "C2", values: [["a", "b"], ["c"]] })
    );
    expect(!result.ok && result.error.message).toBe(
      "Plan Tracker prepared a change it cannot write (the values for Actions!C2 are not a rectangle of cells), so nothing was written; please report this."
    );
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("apply: older Excel", () => {
  const layers = planOf(
    {
      kind: "fills",
      sheet: "Actions",
      topLeft: "D2",
      colours: [
        ["#D4351C", "#D4351C"],
        ["#D4351C", "#D4351C"],
        ["", "#00703C"],
      ],
    },
    {
      kind: "conditionalFormat",
      sheet: "Actions",
      range: "C2:C4",
      rule: { kind: "formula", formula: '=$C2="Off track"', fill: "#D4351C" },
    },
    { kind: "listValidation", sheet: "Actions", range: "C2:C4", source: "=Lists!$A$1:$A$2" }
  );

  it("on ExcelApi 1.7 makes no data-validation or setCellProperties calls and says what it skipped", async () => {
    fake = installFakeExcel(workbook(), { apiVersion: "1.7" });
    const result = await createExcelGateway(WRITES_ONLY).apply(layers);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.skipped).toEqual([
      "1 dropdown list was not added because this version of Excel does not support them (ExcelApi 1.8); Plan Tracker still checks those cells itself.",
    ]);
    expect(result.value.opsApplied).toBe(2);
    const calls = Object.keys(fake.stats.calls);
    expect(
      calls.filter((call) =>
        /DataValidation|CellProperties|enableEvents|suspendScreenUpdating/.test(call)
      )
    ).toEqual([]);
    // Fills fall back to a few rectangles of one colour: D2:E3 red, E4 green, D4 cleared ("" removes a fill).
    expect(fake.stats.calls["RangeFill.color="]).toBe(2);
    expect(fake.stats.calls["RangeFill.clear"]).toBe(1);
    expect([
      fake.fill("Actions", "E3"),
      fake.fill("Actions", "E4"),
      fake.fill("Actions", "D4"),
    ]).toEqual(["#D4351C", "#00703C", "#FFFFFF"]);
    expect(fake.sheet("Actions").conditionalFormats).toHaveLength(1);
  });

  it("on ExcelApi 1.5 also skips conditional formats and calculation suspend", async () => {
    fake = installFakeExcel(workbook(), { apiVersion: "1.5" });
    const result = await createExcelGateway(WRITES_ONLY).apply(layers);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.skipped?.[0]).toMatch(
      /^1 conditional format rule was not added because .+ \(ExcelApi 1\.6\)/
    );
    expect(
      Object.keys(fake.stats.calls).filter((call) => /ConditionalFormat|suspend/.test(call))
    ).toEqual([]);
  });
});

describe("apply: Excel's failures as plain sentences", () => {
  const oneWrite = planOf({
    kind: "values",
    sheet: "Actions",
    topLeft: "C2",
    values: [["Complete"]],
  });

  it.each([
    [
      "InvalidOperationInCellEditMode",
      "busy",
      /^Excel is busy while a cell is being edited; press Enter or Esc/,
    ],
    [
      "AccessDenied",
      "read-only",
      /^Excel refused the change because the workbook or sheet is read-only/,
    ],
    [
      "RequestPayloadSizeLimitExceeded",
      "too-large",
      /^The change was too large for Excel on the web/,
    ],
    [
      "SomethingNew",
      "host-error",
      /^Plan Tracker hit an unexpected problem while talking to Excel/,
    ],
  ])("maps %s to %s", async (code, kind, message) => {
    fake = installFakeExcel(workbook());
    fake.onBeforeSync((n) => n === 2 && fake.failNextSync(code));
    const result = await createExcelGateway(WRITES_ONLY).apply(oneWrite);
    expect(!result.ok && result.error).toMatchObject({
      kind,
      sheet: "Actions",
      message: expect.stringMatching(message),
    });
    expect(fake.enableEvents).toBe(true);
  });

  it("never leaks a programming error's text or stack", async () => {
    fake = installFakeExcel(workbook());
    fake.onBeforeSync(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    });
    const result = await createExcelGateway(WRITES_ONLY).apply(oneWrite);
    expect(!result.ok && result.error.message).toBe(
      "Plan Tracker hit an unexpected problem while talking to Excel; please try again, and report it if it keeps happening."
    );
  });
});

describe("select and capabilities", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    fake = installFakeExcel(workbook());
    const result = await createExcelGateway(WRITES_ONLY).select("Lists", "A2");
    expect(result).toEqual({ ok: true, value: undefined });
    expect(fake.store.selection).toEqual({ sheet: "Lists", address: "Lists!A2" });
    expect(fake.store.activeSheet).toBe("Lists");
    expect(fake.stats.syncs).toBe(1);
  });

  it("answers a missing sheet or a bad address in a sentence", async () => {
    fake = installFakeExcel(workbook());
    const gateway = createExcelGateway(WRITES_ONLY);
    const missing = await gateway.select("Gone", "A1");
    expect(!missing.ok && missing.error).toMatchObject({
      kind: "changed-since-read",
      sheet: "Gone",
    });
    const bad = await gateway.select("Actions", "not a cell");
    expect(!bad.ok && bad.error.message).toBe(
      '"not a cell" is not a cell address Plan Tracker can go to on "Actions".'
    );
  });

  it("asks Office for requirement sets once and reports them as capabilities", () => {
    fake = installFakeExcel(workbook(), { apiVersion: "1.8" });
    const gateway = createExcelGateway(WRITES_ONLY);
    expect(gateway.capabilities()).toEqual({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: false,
      customXmlParts: true,
      selection: true,
    });
    const asked = fake.isSetSupportedCalls;
    gateway.capabilities();
    expect(fake.isSetSupportedCalls).toBe(asked);
    expect(gateway.kind).toBe("excel");
  });
});
