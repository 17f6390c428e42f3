/** @jest-environment node */
import ExcelJS from "exceljs";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// Workbooks built here with exceljs hold every kind of cell a council's file can: the gateway must
// hand the core the value Excel would show, as plain data.
const readBack = async (
  build: (workbook: ExcelJS.Workbook) => void | Promise<void>
): Promise<WorkbookSnapshot> => {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  const opened = await openXlsxWorkbook(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    "built.xlsx",
    { clock: () => "2023-01-31T09:00:00.000Z" }
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const read = await opened.value.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

const at = (sheet: SheetSnapshot, address: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.values[Number(match[2]) - 1]?.[column - 1];
};

describe("cell values", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const snapshot = await readBack((workbook) => {
      const ws = workbook.addWorksheet("Values");
      ws.getCell("A1").value = {
        richText: [{ text: "Lead: " }, { text: "Ann James", font: { bold: true } }],
      };
      ws.getCell("A2").value = { formula: "B2*2", result: 0.85 };
      ws.getCell("A3").value = {
        text: "Ofsted report",
        hyperlink: "https://reports.ofsted.gov.uk/",
      };
      ws.getCell("A4").value = { error: "#N/A" };
      ws.getCell("A5").value = { formula: "VLOOKUP(A1,B:B,2,0)", result: { error: "#REF!" } };
      ws.getCell("A6").value = true;
      ws.getCell("A7").value = new Date(Date.UTC(2022, 3, 1));
      ws.getCell("A7").numFmt = "dd/mm/yyyy";
      ws.getCell("A8").value = 43191;
      ws.getCell("A8").numFmt = "mmm-yy";
      ws.getCell("A9").value = 0;
      ws.getCell("A9").numFmt = "mmm-yy";
      ws.getCell("A10").value = "";
      ws.getCell("A11").value = "  81.6 % ";
      ws.getCell("A12").value = { formula: "TODAY()", result: new Date(Date.UTC(2022, 9, 31)) };
      ws.getCell("A12").numFmt = "d mmmm yyyy";
      ws.getCell("A13").value = { formula: "A1", result: undefined };
      ws.getCell("A14").value = {
        text: { richText: [{ text: "See " }, { text: "2.6" }] },
        hyperlink: "#'Plan'!A1",
      } as unknown as ExcelJS.CellValue;
      ws.getCell("A15").value = 0.126;
      ws.getCell("A15").numFmt = "0.0%";
      ws.getCell("B2").value = 0.425;
    });
    sheet = snapshot.sheets[0];
  });

  it.each([
    ["A1", "rich text as its plain text", "Lead: Ann James"],
    ["A2", "a formula as its cached result", 0.85],
    ["A3", "a hyperlink as the text shown", "Ofsted report"],
    ["A4", "an error as its text", "#N/A"],
    ["A5", "a formula's error result as its text", "#REF!"],
    ["A6", "a boolean as a boolean", true],
    ["A7", "a date as its 1900-system serial", 44652],
    ["A8", "a month date as its serial", 43191],
    ["A9", "a date-formatted zero as 0 (Jan-00)", 0],
    ["A10", "an empty string as null", null],
    ["A11", "text with its own spaces, untouched", "  81.6 % "],
    ["A12", "a formula's date result as its serial", 44865],
    ["A13", "a formula with no cached result as null", null],
    ["A14", "a hyperlink with rich text as plain text", "See 2.6"],
    ["A15", "a percentage as the stored fraction", 0.126],
  ])("%s: %s", (address, _, expected) => {
    expect(at(sheet, address)).toEqual(expected);
  });

  it("keeps number formats that are not General, by address", () => {
    expect(sheet.numberFormats).toEqual({
      A7: "dd/mm/yyyy",
      A8: "mmm-yy",
      A9: "mmm-yy",
      A12: "d mmmm yyyy",
      A15: "0.0%",
    });
  });
});

describe("the used range", () => {
  it("starts at A1 and ends at the last cell with a value, ignoring formatted empty cells beyond it", async () => {
    const snapshot = await readBack((workbook) => {
      const ws = workbook.addWorksheet("Plan");
      ws.getCell("C3").value = "Ref";
      ws.getCell("D5").value = 1.1;
      ws.getCell("H20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } };
      ws.getCell("J30").numFmt = "0%";
    });
    const sheet = snapshot.sheets[0];
    expect({
      firstRow: sheet.firstRow,
      firstColumn: sheet.firstColumn,
      rows: sheet.values.length,
      columns: sheet.values[0].length,
    }).toEqual({ firstRow: 1, firstColumn: 1, rows: 5, columns: 4 });
    expect(sheet.values[2]).toEqual([null, null, "Ref", null]);
    expect(sheet.fills).toEqual({ H20: "#FFC000" }); // fills are reported wherever they are
    expect(sheet.numberFormats).toEqual({ J30: "0%" });
  });

  it("reads an empty sheet as no rows", async () => {
    const snapshot = await readBack((workbook) => {
      workbook.addWorksheet("Empty");
      workbook.addWorksheet("Plan").getCell("A1").value = "Ref";
    });
    expect(snapshot.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Empty", 0],
      ["Plan", 1],
    ]);
  });
});

describe("merges", () => {
  it("lists merged areas and reads the covered cells as empty, as Excel shows them", async () => {
    const snapshot = await readBack((workbook) => {
      const ws = workbook.addWorksheet("Development Plan");
      ws.getCell("A3").value =
        "Ofsted recco14 There is permanent and stable social work workforce.";
      ws.mergeCells("A3:A6");
      ws.getCell("B1").value = "1.1 Recruitment and Retention";
      ws.mergeCells("B1:D1");
      ws.getCell("E6").value = "end";
    });
    const sheet = snapshot.sheets[0];
    expect(sheet.merges).toEqual(["B1:D1", "A3:A6"]);
    expect(sheet.values.map((row) => row[0])).toEqual([
      null,
      null,
      "Ofsted recco14 There is permanent and stable social work workforce.",
      null,
      null,
      null,
    ]);
    expect(sheet.values[0].slice(1, 4)).toEqual(["1.1 Recruitment and Retention", null, null]);
  });
});

describe("fills", () => {
  it.each([
    ["ARGB", { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } }, "#00B050"],
    [
      "ARGB in lower case",
      { type: "pattern", pattern: "solid", fgColor: { argb: "ff7030a0" } },
      "#7030A0",
    ],
    [
      "a theme colour (accent 4)",
      { type: "pattern", pattern: "solid", fgColor: { theme: 7 } },
      "#FFC000",
    ],
    [
      "a theme colour darkened 25%",
      { type: "pattern", pattern: "solid", fgColor: { theme: 9, tint: -0.249977111117893 } },
      "#548235",
    ],
    [
      "an indexed colour",
      { type: "pattern", pattern: "solid", fgColor: { indexed: 10 } },
      "#FF0000",
    ],
  ])("reads %s as #RRGGBB", async (_, fill, expected) => {
    const snapshot = await readBack((workbook) => {
      const ws = workbook.addWorksheet("Plan");
      ws.getCell("A1").value = "RAG";
      // exceljs reads and writes `indexed` colours but its typings only know argb and theme.
      ws.getCell("A2").fill = fill as unknown as ExcelJS.Fill;
    });
    expect(snapshot.sheets[0].fills).toEqual({ A2: expected });
  });

  it("ignores patterns other than solid, and gradients: they are not a status someone picked", async () => {
    const snapshot = await readBack((workbook) => {
      const ws = workbook.addWorksheet("Plan");
      ws.getCell("A1").value = "RAG";
      ws.getCell("A2").fill = {
        type: "pattern",
        pattern: "lightGray",
        fgColor: { argb: "FFFF0000" },
      };
      ws.getCell("A3").fill = {
        type: "gradient",
        gradient: "angle",
        degree: 0,
        stops: [
          { position: 0, color: { argb: "FFFF0000" } },
          { position: 1, color: { argb: "FF00B050" } },
        ],
      };
      ws.getCell("A4").fill = { type: "pattern", pattern: "none" };
    });
    expect(snapshot.sheets[0].fills).toEqual({});
  });
});

describe("sheets", () => {
  it("reports sheets in tab order with their visibility and protection", async () => {
    const snapshot = await readBack(async (workbook) => {
      workbook.addWorksheet("Plan").getCell("A1").value = "Ref";
      const hidden = workbook.addWorksheet("Lists");
      hidden.state = "hidden";
      const veryHidden = workbook.addWorksheet("Config");
      veryHidden.state = "veryHidden";
      const locked = workbook.addWorksheet("DASHBOARD");
      await locked.protect("", {});
    });
    expect(snapshot.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ["Plan", "visible", false],
      ["Lists", "hidden", false],
      ["Config", "veryHidden", false],
      ["DASHBOARD", "visible", true],
    ]);
  });

  it("gives dates of a 1904 date-system workbook as 1900-system serials, so the core sees one date system", async () => {
    const snapshot = await readBack((workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("Plan");
      ws.getCell("A1").value = new Date(Date.UTC(2022, 3, 1));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").value = 12;
      // A formula showing a date: its saved result is in the workbook's system too, counted once.
      ws.getCell("A3").value = { formula: "A1", result: new Date(Date.UTC(2022, 3, 1)) };
      ws.getCell("A3").numFmt = "dd/mm/yyyy";
    });
    expect(snapshot.sheets[0].values).toEqual([[44652], [12], [44652]]);
  });
});
