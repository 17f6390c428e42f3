/** @jest-environment node */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { withCellReferences } from "../../src/xlsx/cell-references";
import { packageForExcelJs } from "../../src/xlsx/package-for-exceljs";
import { withPrefixes } from "./helpers/with-prefixes";
import { snapshotOfBytes } from "./helpers/snapshot-of-bytes";

// Packages the standard allows, and Excel and LibreOffice open, that exceljs alone refuses as
// damaged: each is made by editing a package exceljs wrote, as another writer would have saved it.
const SHEET = "xl/worksheets/sheet1.xml";

const written = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Actions");
  sheet.addRow(["Ref", "Action", "Lead"]);
  sheet.addRow([1.1, "Strengthen the Early Help offer", "Juliette Blake"]);
  sheet.getCell("E4").value = "Board in March";
  sheet.getCell("C2").note = "Confirm with the Head of Service";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const edited = async (edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(await written());
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};

const text = async (zip: JSZip, path: string): Promise<string> => {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async("string");
};

const stripReferences = async (zip: JSZip, elements: "row" | "c" | "row|c"): Promise<void> => {
  const xml = await text(zip, SHEET);
  zip.file(
    SHEET,
    xml.replace(new RegExp(`<(${elements})(?=[\\s/>])([^>]*?)\\s+r="[^"]*"`, "g"), "<$1$2")
  );
};

const moveNotes =
  (commentsTo: string, target: string) =>
  async (zip: JSZip): Promise<void> => {
    const rels = "xl/worksheets/_rels/sheet1.xml.rels";
    zip.file(commentsTo, await text(zip, "xl/comments1.xml"));
    zip.remove("xl/comments1.xml");
    zip.file(
      rels,
      (await text(zip, rels)).replace('Target="../comments1.xml"', `Target="${target}"`)
    );
    zip.file(
      "[Content_Types].xml",
      (await text(zip, "[Content_Types].xml")).replace('"/xl/comments1.xml"', `"/${commentsTo}"`)
    );
  };

const snapshot = snapshotOfBytes;

const noteOnC2 = async (bytes: Uint8Array): Promise<unknown> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await packageForExcelJs(bytes)).slice().buffer);
  return workbook.getWorksheet("Actions")?.getCell("C2").note;
};

describe("valid packages exceljs alone would refuse", () => {
  it("reads a sheet whose rows and cells have no r attribute, each cell where it was", async () => {
    const bytes = await edited((zip) => stripReferences(zip, "row|c"));
    const plain = new ExcelJS.Workbook();
    await expect(plain.xlsx.load(bytes.slice().buffer)).rejects.toThrow(); // exceljs alone refuses it
    // With no references at all, a row follows the previous one and a cell the previous cell, as the
    // standard says: what a writer leaves out that way is blank rows and leading blank cells.
    const read = await snapshot(bytes);
    expect(read.sheets[0].values).toEqual([
      ["Ref", "Action", "Lead"],
      [1.1, "Strengthen the Early Help offer", "Juliette Blake"],
      ["Board in March", null, null],
    ]);
  });

  it("keeps rows' own references and counts the cells within each row from A", async () => {
    const bytes = await edited((zip) => stripReferences(zip, "c"));
    const read = await snapshot(bytes);
    expect(read.sheets[0].values).toEqual([
      ["Ref", "Action", "Lead"],
      [1.1, "Strengthen the Early Help offer", "Juliette Blake"],
      [null, null, null],
      ["Board in March", null, null],
    ]);
  });

  it("reads notes whose comments part has another valid name", async () => {
    const bytes = await edited(moveNotes("xl/notes/sheetNotes.xml", "../notes/sheetNotes.xml"));
    const plain = new ExcelJS.Workbook();
    await expect(plain.xlsx.load(bytes.slice().buffer)).rejects.toThrow();
    expect((await snapshot(bytes)).sheets[0].values[1]).toEqual([
      1.1,
      "Strengthen the Early Help offer",
      "Juliette Blake",
      null,
      null,
    ]);
    expect(JSON.stringify(await noteOnC2(bytes))).toContain("Confirm with the Head of Service");
  });

  it("reads notes referred to by an absolute target, and a VML drawing at another name", async () => {
    const bytes = await edited(async (zip) => {
      await moveNotes("xl/comments7.xml", "/xl/comments7.xml")(zip);
      const rels = "xl/worksheets/_rels/sheet1.xml.rels";
      zip.file("xl/legacy/notesShapes.vml", await text(zip, "xl/drawings/vmlDrawing1.vml"));
      zip.remove("xl/drawings/vmlDrawing1.vml");
      zip.file(
        rels,
        (await text(zip, rels)).replace(
          'Target="../drawings/vmlDrawing1.vml"',
          'Target="../legacy/notesShapes.vml"'
        )
      );
    });
    expect((await snapshot(bytes)).sheets[0].values[0]).toEqual([
      "Ref",
      "Action",
      "Lead",
      null,
      null,
    ]);
    expect(JSON.stringify(await noteOnC2(bytes))).toContain("Confirm with the Head of Service");
  });

  // As the Open XML SDK often writes them: "<x:worksheet xmlns:x=…>", "<pr:Relationships …>".
  it("reads a package whose every SpreadsheetML and package part binds its namespace to a prefix", async () => {
    const plainBytes = await written();
    const bytes = await withPrefixes(plainBytes);
    const zip = await JSZip.loadAsync(bytes);
    expect(await text(zip, SHEET)).toContain("<x:sheetData>");
    expect(await text(zip, "xl/_rels/workbook.xml.rels")).toContain("<pr:Relationship ");
    expect(await text(zip, "[Content_Types].xml")).toContain("<ct:Types xmlns:ct=");
    const plain = new ExcelJS.Workbook();
    await expect(plain.xlsx.load(bytes.slice().buffer)).rejects.toThrow();
    expect((await snapshot(bytes)).sheets).toEqual((await snapshot(plainBytes)).sheets);
    expect(JSON.stringify(await noteOnC2(bytes))).toContain("Confirm with the Head of Service");
  });

  it("hands an ordinary package to exceljs as it came", async () => {
    const bytes = await written();
    expect(await packageForExcelJs(bytes)).toBe(bytes);
  });
});

describe("withCellReferences", () => {
  it("numbers rows after the previous row and cells after the previous cell, prefixes and empty cells too", () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><x:sheetData><x:row r="3"><x:c t="s"><x:v>0</x:v></x:c><x:c/></x:row>' +
      '<x:row><x:c r="C4"/><x:c><x:v>2</x:v></x:c></x:row></x:sheetData><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>';
    expect(withCellReferences(xml)).toBe(
      '<worksheet><cols><col min="1" max="2"/></cols><x:sheetData><x:row r="3"><x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c r="B3"/></x:row>' +
        '<x:row r="4"><x:c r="C4"/><x:c r="D4"><x:v>2</x:v></x:c></x:row></x:sheetData><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>'
    );
  });

  it("leaves a sheet whose rows and cells all have references alone", () => {
    expect(
      withCellReferences(
        '<worksheet><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>'
      )
    ).toBeNull();
    expect(withCellReferences("<worksheet><sheetData/></worksheet>")).toBeNull();
  });
});
