/** @jest-environment node */
import ExcelJS from "exceljs";
import type { WriteOp } from "../../src/core/write-plan/write-plan";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";

// Cell formats, widths, frozen panes, print setup and multi-area conditional formats applied by the
// .xlsx executor, saved, and read back with exceljs as a second reader.
const STAMP = { takenAt: "2023-01-31T09:00:00.000Z", fingerprint: "00000000" };
const plan = (...ops: WriteOp[]) => ({ basedOn: STAMP, ops });
const BOARD = "Board report";

const build = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(BOARD);
  sheet.getCell("A1").value = "Group";
  sheet.getCell("A1").font = { name: "Arial", size: 14, underline: true };
  sheet.getCell("A1").alignment = { indent: 1 };
  sheet.getCell("B2").value = 3;
  sheet.getCell("B2").border = { bottom: { style: "double" } };
  workbook.addWorksheet("Actions").getCell("A1").value = "Ref";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => STAMP.takenAt });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const reload = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
};

const sheetOf = (workbook: ExcelJS.Workbook, name = BOARD): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

describe("layout operations, saved and read back", () => {
  let saved: ExcelJS.Worksheet;

  beforeAll(async () => {
    const gateway = await open(await build());
    const result = await gateway.apply(
      plan(
        {
          kind: "cellFormats",
          sheet: BOARD,
          topLeft: "A1",
          formats: [
            [
              {
                fontColour: "#ffffff",
                bold: true,
                horizontal: "center",
                vertical: "center",
                wrap: true,
                border: true,
              },
              null,
            ],
            [null, { italic: true, border: false }],
          ],
        },
        {
          kind: "columnWidths",
          sheet: BOARD,
          widths: [
            { column: "A", width: 40 },
            { column: "c", width: 12.5 },
          ],
        },
        { kind: "freezePanes", sheet: BOARD, rows: 3, columns: 1 },
        {
          kind: "pageSetup",
          sheet: BOARD,
          orientation: "landscape",
          fitToPagesWide: 1,
          printTitleRows: "1:3",
          footer: "Page &P of &N – printed &D",
        },
        {
          kind: "conditionalFormat",
          sheet: BOARD,
          range: "C37,E37,G37",
          rule: { kind: "formula", formula: "=C37<C36", fill: "#D4351C", fontColour: "#FFFFFF" },
        }
      )
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual({ opsApplied: 5, syncs: 0 });
    saved = sheetOf(await reload(await gateway.save()));
  });

  it("sets the named font settings and keeps the cell's others (name, size, underline)", () => {
    expect(saved.getCell("A1").font).toEqual({
      name: "Arial",
      size: 14,
      underline: true,
      bold: true,
      color: { argb: "FFFFFFFF" },
    });
    expect(saved.getCell("B2").font?.italic).toBe(true);
  });

  it("sets alignment and wrapping, keeping the indent, with vertical centring as SpreadsheetML's 'center'", () => {
    expect(saved.getCell("A1").alignment).toEqual({
      indent: 1,
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
  });

  it("draws a thin border on all four sides, or removes it", () => {
    const thin = { style: "thin" };
    expect(saved.getCell("A1").border).toMatchObject({
      top: thin,
      bottom: thin,
      left: thin,
      right: thin,
    });
    expect(saved.getCell("B2").border ?? {}).toEqual({});
  });

  it("leaves cells with a null format alone", () => {
    expect(saved.getCell("B1").font).toBeUndefined();
  });

  it("sets column widths in characters", () => {
    expect([saved.getColumn("A").width, saved.getColumn("C").width]).toEqual([40, 12.5]);
  });

  it("freezes the header rows and the label column", () => {
    expect(saved.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
    });
  });

  it("sets A4 landscape, one page wide and as many tall as needed, repeated title rows and a centred footer", () => {
    expect(saved.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
    expect(saved.headerFooter.oddFooter).toBe("&CPage &P of &N – printed &D");
  });

  it("writes one rule over scattered cells as a space-separated sqref, formula for the first area's top-left", () => {
    expect(Reflect.get(saved, "conditionalFormattings")).toMatchObject([
      {
        ref: "C37 E37 G37",
        rules: [
          {
            type: "expression",
            formulae: ["C37<C36"],
            style: {
              fill: { bgColor: { argb: "FFD4351C" } },
              font: { color: { argb: "FFFFFFFF" } },
            },
          },
        ],
      },
    ]);
  });
});

describe("more layout cases", () => {
  it("prints at a fixed scale with manual row breaks (Excel ignores breaks on a fitted sheet), replacing earlier breaks", async () => {
    const gateway = await open(await build());
    await gateway.apply(
      plan({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        scale: 72,
        rowBreaks: [5, 9],
      })
    );
    await gateway.apply(
      plan({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        scale: 72,
        rowBreaks: [30, 41],
      })
    );
    const bytes = await gateway.save();
    const printed = sheetOf(await reload(bytes));
    expect(printed.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 72,
    });
    // exceljs does not read breaks back, so the sheet's XML is read. SpreadsheetML numbers a break by
    // the row above it: rows 30 and 41 start pages.
    const JSZip = (await import("jszip")).default;
    const xml = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet1.xml")
      ?.async("string");
    expect([...(xml ?? "").matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([
      29, 40,
    ]);
  });

  it("refuses a print scale outside 10 to 400 and a break before row 1", async () => {
    const gateway = await open(await build());
    const tiny = await gateway.apply(
      plan({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        scale: 5,
      })
    );
    expect(tiny.ok).toBe(false);
    const top = await gateway.apply(
      plan({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        rowBreaks: [1],
      })
    );
    expect(top.ok).toBe(false);
  });

  it("unfreezes with rows and columns of 0", async () => {
    const gateway = await open(await build());
    await gateway.apply(plan({ kind: "freezePanes", sheet: BOARD, rows: 2, columns: 0 }));
    const frozen = sheetOf(await reload(await gateway.save()));
    expect(frozen.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 2 });
    await gateway.apply(plan({ kind: "freezePanes", sheet: BOARD, rows: 0, columns: 0 }));
    expect(sheetOf(await reload(await gateway.save())).views[0]?.state ?? "normal").toBe("normal");
  });

  it("refuses a malformed layout op with a plain sentence and changes nothing", async () => {
    const gateway = await open(await build());
    const result = await gateway.apply(
      plan(
        { kind: "values", sheet: BOARD, topLeft: "A1", values: [["changed"]] },
        {
          kind: "pageSetup",
          sheet: BOARD,
          orientation: "landscape",
          fitToPagesWide: 1,
          printTitleRows: "A1:C3",
        }
      )
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "host-error",
        sheet: BOARD,
        message:
          'Plan Tracker prepared a change it cannot write (the print title rows "A1:C3" for "Board report" are not rows like 1:4), so nothing was written; please report this.',
      },
    });
    expect(sheetOf(await reload(await gateway.save())).getCell("A1").value).toBe("Group");
  });

  it.each([
    [
      { kind: "columnWidths", sheet: BOARD, widths: [{ column: "A1", width: 10 }] },
      'the width 10 for column "A1" on "Board report" is not 0 to 255 characters',
    ],
    [
      { kind: "freezePanes", sheet: BOARD, rows: 1.5, columns: 0 },
      'the frozen panes on "Board report" are not whole numbers of rows and columns',
    ],
    [
      { kind: "cellFormats", sheet: BOARD, topLeft: "A1", formats: [[{ fontColour: "red" }]] },
      "a cell format for 'Board report'!A1 has a colour or alignment Excel does not know",
    ],
    [
      {
        kind: "chart",
        sheet: BOARD,
        chart: {
          chartType: "line",
          source: "A1:A9",
          seriesBy: "columns",
          title: "T",
          altText: "",
          topLeft: "D1",
          bottomRight: "H9",
        },
      },
      'the chart "T" on "Board report" draws from "A1:A9", which has no room for a header row and a category column',
    ],
    [
      {
        kind: "chart",
        sheet: BOARD,
        chart: {
          chartType: "line",
          source: "A1:B9",
          seriesBy: "columns",
          title: "T",
          altText: "",
          topLeft: "H9",
          bottomRight: "D1",
        },
      },
      'the chart "T" on "Board report" ends above or left of where it starts',
    ],
  ] as [WriteOp, string][])("refuses %#", async (op, sentence) => {
    const gateway = await open(await build());
    const result = await gateway.apply(plan(op));
    expect(!result.ok && result.error.message).toBe(
      `Plan Tracker prepared a change it cannot write (${sentence}), so nothing was written; please report this.`
    );
  });
});
