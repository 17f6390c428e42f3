/** @jest-environment node */
import ExcelJS from "exceljs";
import type {
  SheetSnapshot,
  SnapshotStamp,
  WorkbookSnapshot,
} from "../../src/core/snapshot/workbook-snapshot";
import type { WriteOp } from "../../src/core/write-plan/write-plan";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";

// Write plans applied to an in-memory workbook, saved, and read back: what the CLI and the preview
// do when they build a board report or write RAG cells.
const STAMP: SnapshotStamp = { takenAt: "2023-01-31T09:00:00.000Z", fingerprint: "00000000" };
const plan = (...ops: WriteOp[]) => ({ basedOn: STAMP, ops });

const buildPlanWorkbook = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Plan");
  sheet.getCell("A1").value = "Ref";
  sheet.getCell("B1").value = "RAG";
  sheet.getCell("A2").value = "1.1";
  sheet.getCell("B2").value = "x";
  sheet.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
  sheet.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  sheet.getCell("C2").value = 0.45;
  sheet.getCell("C2").numFmt = "0%";
  sheet.getCell("A3").value = "1.2";
  const scratch = workbook.addWorksheet("Scratch");
  scratch.getCell("A1").value = "DASHBOARD";
  scratch.mergeCells("A1:C1");
  scratch.getCell("B3").value = 7;
  scratch.getCell("B3").numFmt = "0.0";
  scratch.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD4351C" } };
  scratch.addConditionalFormatting({
    ref: "B3:B9",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["$B3>5"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  const locked = workbook.addWorksheet("Locked");
  locked.getCell("A1").value = "Signed off";
  await locked.protect("", {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => STAMP.takenAt });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const readAll = async (gateway: XlsxGateway): Promise<WorkbookSnapshot> => {
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

const sheetNamed = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

describe("applying every kind of write op, then saving", () => {
  let original: Uint8Array;
  let untouched: Buffer;
  let saved: Uint8Array;
  let progress: [number, number][];
  let reread: WorkbookSnapshot;

  beforeAll(async () => {
    original = await buildPlanWorkbook();
    untouched = Buffer.from(original);
    const gateway = await open(original);
    progress = [];
    const result = await gateway.apply(
      plan(
        { kind: "ensureSheet", sheet: "Board report" },
        { kind: "ensureSheet", sheet: "Plan" },
        { kind: "clearSheet", sheet: "Scratch" },
        {
          kind: "numberFormats",
          sheet: "Board report",
          topLeft: "A2",
          formats: [["0%", "dd/mm/yyyy"]],
        },
        {
          kind: "values",
          sheet: "Board report",
          topLeft: "A1",
          values: [
            ["Status", "Due"],
            [0.45, 44652],
            ["=SUM(A1:A3)", "+44 1452 425000"],
            ["-", "@risk"],
            [true, "Improvement Board – 28 July 2022"],
          ],
        },
        { kind: "fills", sheet: "Board report", topLeft: "A1", colours: [["#D4351C", null]] },
        {
          kind: "conditionalFormat",
          sheet: "Plan",
          range: "B2:B3",
          rule: { kind: "formula", formula: '=$B2="Red"', fill: "#D4351C", fontColour: "#FFFFFF" },
        },
        { kind: "listValidation", sheet: "Plan", range: "B2:B3", source: "=Lists!$A$1:$A$5" }
      ),
      (done, total) => progress.push([done, total])
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual({ opsApplied: 8, syncs: 0 });
    saved = await gateway.save();
    reread = await readAll(await open(saved));
  });

  it("reports progress after every op", () => {
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, 8]));
  });

  it("adds a sheet once, after the existing ones", () => {
    // The plan writes into Plan's own cells, so what it replaced is kept first, in the undo sheet (docs/HISTORY.md#issue-6-3).
    expect(reread.sheets.map((s) => s.name)).toEqual([
      "Plan",
      "Scratch",
      "Locked",
      "Plan Tracker Undo",
      "Board report",
    ]);
  });

  it("writes values, with number formats and fills", () => {
    const report = sheetNamed(reread, "Board report");
    expect(report.values.slice(0, 2)).toEqual([
      ["Status", "Due"],
      [0.45, 44652],
    ]);
    expect(report.numberFormats).toEqual({ A2: "0%", B2: "dd/mm/yyyy" });
    expect(report.fills).toEqual({ A1: "#D4351C" });
    expect(report.values[4]).toEqual([true, "Improvement Board – 28 July 2022"]);
  });

  it("writes text that looks like a formula as text, never as a formula", () => {
    expect(sheetNamed(reread, "Board report").values.slice(2, 4)).toEqual([
      ["=SUM(A1:A3)", "+44 1452 425000"],
      ["-", "@risk"],
    ]);
  });

  it("clears a sheet's values, formats, merges and conditional formats but keeps the sheet", async () => {
    const scratch = sheetNamed(reread, "Scratch");
    expect(scratch).toMatchObject({ values: [], numberFormats: {}, fills: {}, merges: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved.slice().buffer);
    expect(Reflect.get(workbook.getWorksheet("Scratch") ?? {}, "conditionalFormattings")).toEqual(
      []
    );
  });

  it("adds an expression conditional format with a fill, and a list validation from a range", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved.slice().buffer);
    const sheet = workbook.getWorksheet("Plan");
    if (!sheet) throw new Error("Plan is missing");
    expect(Reflect.get(sheet, "conditionalFormattings")).toMatchObject([
      {
        ref: "B2:B3",
        rules: [
          {
            type: "expression",
            formulae: ['$B2="Red"'],
            style: {
              fill: { pattern: "solid", bgColor: { argb: "FFD4351C" } },
              font: { color: { argb: "FFFFFFFF" } },
            },
          },
        ],
      },
    ]);
    const validations: unknown = Reflect.get(Reflect.get(sheet, "dataValidations") ?? {}, "model");
    expect(validations).toMatchObject({
      B2: { type: "list", formulae: ["Lists!$A$1:$A$5"] },
      B3: { type: "list", formulae: ["Lists!$A$1:$A$5"] },
    });
  });

  it("leaves the rest of the workbook as it was", () => {
    const sheet = sheetNamed(reread, "Plan");
    expect(sheet.values).toEqual([
      ["Ref", "RAG", null],
      ["1.1", "x", 0.45],
      ["1.2", null, null],
    ]);
    expect(sheet.fills).toEqual({ A2: "#FFC000", B2: "#00B050" });
  });

  it("never changes the bytes it was opened from", () => {
    expect(Buffer.compare(Buffer.from(original), untouched)).toBe(0);
    expect(Buffer.compare(Buffer.from(saved), untouched)).not.toBe(0);
  });
});

describe("null and empty strings mean what they mean in Office.js", () => {
  it("null leaves a cell as it is; an empty string clears it (value, format or fill)", async () => {
    const gateway = await open(await buildPlanWorkbook());
    const result = await gateway.apply(
      plan(
        { kind: "values", sheet: "Plan", topLeft: "A2", values: [[null, ""]] },
        { kind: "fills", sheet: "Plan", topLeft: "A2", colours: [[null, ""]] },
        { kind: "numberFormats", sheet: "Plan", topLeft: "C2", formats: [[""]] }
      )
    );
    expect(result.ok).toBe(true);
    const sheet = sheetNamed(await readAll(gateway), "Plan");
    expect(sheet.values[1]).toEqual(["1.1", null, 0.45]);
    expect(sheet.fills).toEqual({ A2: "#FFC000" });
    expect(sheet.numberFormats).toEqual({});
  });
});

describe("a plan that cannot be applied in full changes nothing", () => {
  let gateway: XlsxGateway;
  let before: WorkbookSnapshot;
  beforeEach(async () => {
    gateway = await open(await buildPlanWorkbook());
    before = await readAll(gateway);
  });
  const expectUnchanged = async () =>
    expect((await readAll(gateway)).sheets).toEqual(before.sheets);

  it("refuses when a co-author changed an expected cell, naming the cells", async () => {
    const result = await gateway.apply(
      plan(
        { kind: "fills", sheet: "Plan", topLeft: "B3", colours: [["#D4351C"]] },
        {
          kind: "values",
          sheet: "Plan",
          topLeft: "A2",
          values: [["1.1", "Red"]],
          expected: [["1.1", "x"]],
        },
        {
          kind: "values",
          sheet: "Plan",
          topLeft: "B2",
          values: [["Green"], ["Amber"]],
          expected: [["Blue"], [null]],
        },
        { kind: "values", sheet: "Plan", topLeft: "A3", values: [["1.3"]], expected: [["1.9"]] }
      )
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "changed-since-read",
        message:
          "2 cells have changed since Plan Tracker read the workbook (Plan!B2, Plan!A3), so nothing was written; run the check again to work from the latest values.",
        cells: ["Plan!B2", "Plan!A3"],
      },
    });
    await expectUnchanged();
  });

  it("applies when every expected cell still holds what was read (empty matches null)", async () => {
    const result = await gateway.apply(
      plan({
        kind: "values",
        sheet: "Plan",
        topLeft: "B2",
        values: [["Red"], ["Amber"]],
        expected: [["x"], [null]],
      })
    );
    expect(result.ok).toBe(true);
    expect(sheetNamed(await readAll(gateway), "Plan").values.map((row) => row[1])).toEqual([
      "RAG",
      "Red",
      "Amber",
    ]);
  });

  it("refuses to write to a protected sheet", async () => {
    const result = await gateway.apply(
      plan(
        { kind: "values", sheet: "Plan", topLeft: "D1", values: [["Checked"]] },
        { kind: "values", sheet: "Locked", topLeft: "B1", values: [["Red"]] }
      )
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "protected-sheet",
        sheet: "Locked",
        message:
          'The sheet "Locked" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.',
      },
    });
    await expectUnchanged();
  });

  // The sentences are the core's, the same for the Office.js executor (test/contract/executor-contract.test.ts).
  const refused = (problem: string) =>
    `Plan Tracker prepared a change it cannot write (${problem}), so nothing was written; please report this.`;
  it.each([
    [
      "a sheet that does not exist",
      { kind: "values", sheet: "Nowhere", topLeft: "A1", values: [["x"]] },
      'The sheet "Nowhere" is no longer in the workbook (it may have been renamed or deleted), so Plan Tracker wrote nothing; please run the check again.',
    ],
    [
      "a sheet name Excel refuses",
      { kind: "ensureSheet", sheet: "Board/report?" },
      refused('"Board/report?" is not a name Excel allows for a sheet'),
    ],
    [
      "an address that is not one",
      { kind: "values", sheet: "Plan", topLeft: "row 3", values: [["x"]] },
      refused('"row 3" is not a cell address'),
    ],
    [
      "a block past Excel's last row",
      { kind: "values", sheet: "Plan", topLeft: "A1048576", values: [["x"], ["y"]] },
      refused("the values for Plan!A1048576 run past the edge of the sheet"),
    ],
    [
      "text over 32,767 characters",
      { kind: "values", sheet: "Plan", topLeft: "A9", values: [["z".repeat(32_768)]] },
      refused("the value for Plan!A9 is longer than Excel's 32,767 characters"),
    ],
    [
      "a fill that is not a colour",
      { kind: "fills", sheet: "Plan", topLeft: "A9", colours: [["red"]] },
      refused("a fill for Plan!A9 is not a colour like #D4351C"),
    ],
  ] as [string, WriteOp, string][])("refuses %s", async (_, op, message) => {
    const result = await gateway.apply(
      plan({ kind: "values", sheet: "Plan", topLeft: "D1", values: [["first op"]] }, op)
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(message);
    await expectUnchanged();
  });
});

describe("selection", () => {
  it("records the selected cell, tells listeners, and reports the capability only while someone listens", async () => {
    const gateway = await open(await buildPlanWorkbook());
    expect(gateway.capabilities()).toEqual({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: true,
      customXmlParts: true,
      selection: false,
    });
    const seen: string[] = [];
    const stop = gateway.onSelect((sheet, address) => seen.push(`${sheet}!${address}`));
    expect(gateway.capabilities().selection).toBe(true);
    expect(await gateway.select("Plan", "B2")).toEqual({ ok: true, value: undefined });
    expect(gateway.selection()).toEqual({ sheet: "Plan", address: "B2" });
    stop();
    expect(gateway.capabilities().selection).toBe(false);
    await gateway.select("Plan", "A3");
    expect(seen).toEqual(["Plan!B2"]);
    expect(gateway.selection()).toEqual({ sheet: "Plan", address: "A3" });
  });

  it("refuses a sheet or address that does not exist, in a plain sentence", async () => {
    const gateway = await open(await buildPlanWorkbook());
    expect(await gateway.select("Actions", "A1")).toEqual({
      ok: false,
      error: {
        kind: "host-error",
        sheet: "Actions",
        message: "There is no sheet called 'Actions' in plan.xlsx.",
      },
    });
    expect(await gateway.select("Plan", "B")).toEqual({
      ok: false,
      error: {
        kind: "host-error",
        sheet: "Plan",
        message: "B is not a cell address on the sheet 'Plan'.",
      },
    });
  });
});

describe("reads after a write", () => {
  it("see the change before saving, with a new fingerprint and the clock's time", async () => {
    let now = "2023-01-31T09:00:00.000Z";
    const opened = await openXlsxWorkbook(await buildPlanWorkbook(), "plan.xlsx", {
      clock: () => now,
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const first = await readAll(opened.value);
    now = "2023-01-31T09:05:00.000Z";
    await opened.value.apply(
      plan({ kind: "values", sheet: "Plan", topLeft: "B3", values: [["Amber"]] })
    );
    const second = await readAll(opened.value);
    expect(first.stamp.takenAt).toBe("2023-01-31T09:00:00.000Z");
    expect(second.stamp.takenAt).toBe("2023-01-31T09:05:00.000Z");
    expect(second.stamp.fingerprint).not.toBe(first.stamp.fingerprint);
    expect(sheetNamed(second, "Plan").values[2][1]).toBe("Amber");
  });
});
