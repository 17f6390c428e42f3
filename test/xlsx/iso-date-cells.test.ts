/** @jest-environment node */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoDateSerial, withSerialDates } from "../../src/xlsx/iso-date-cells";
import { snapshotOfBytes } from "./helpers/snapshot-of-bytes";

// Dates stored as ISO 8601 text (<c t="d">), as some writers save them: read as the serial Excel
// makes of them, in the workbook's date system, never as the year exceljs alone parses out.
const SHEET = "xl/worksheets/sheet1.xml";

/** A workbook with 31 May 2023 in B2 (dd/mm/yyyy), C2 (General) and D2 (a formula's result). */
const written = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Actions");
  sheet.addRow(["Action", "Due", "Plain", "Formula", "Typed"]);
  sheet.addRow(["Open the hub", new Date(Date.UTC(2023, 4, 31)), 45077, 45077, "x"]);
  sheet.getCell("B2").numFmt = "dd/mm/yyyy";
  sheet.getCell("D2").value = { formula: "B2", result: 45077 };
  sheet.getCell("D2").numFmt = "dd/mm/yyyy";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/** The same workbook with its dates stored as ISO text, and the workbook's date system as asked. */
const asIsoDates = async (date1904: boolean, typed = "2023-05-31"): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(await written());
  const xml = (await zip.file(SHEET)?.async("string")) ?? "";
  const iso = xml
    .replace(/<c r="B2"([^>]*)><v>45077<\/v>/, '<c r="B2"$1 t="d"><v>2023-05-31T00:00:00</v>')
    .replace(/<c r="C2"([^>]*)><v>45077<\/v>/, '<c r="C2"$1 t="d"><v>2023-05-31</v>')
    .replace(/(<c r="D2"[^>]*)>(<f>B2<\/f>)<v>45077<\/v>/, '$1 t="d">$2<v>2023-05-31</v>')
    .replace(/<c r="E2"[^>]*>[\s\S]*?<\/c>/, `<c r="E2" t='d'><v>${typed}</v></c>`);
  expect(iso.match(/t=["']d["']/g)).toHaveLength(4);
  zip.file(SHEET, iso);
  if (date1904) {
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", workbook.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  }
  return zip.generateAsync({ type: "uint8array" });
};

const snapshot = snapshotOfBytes;

describe("dates stored as ISO text", () => {
  it.each([false, true])(
    "read as Excel's serial with the cell's own format (1904 date system: %s)",
    async (date1904) => {
      const sheet = (await snapshot(await asIsoDates(date1904))).sheets[0];
      // A General cell shows its serial, and a 1904 workbook counts from 1904 (docs/DATES.md).
      expect(sheet.values[1].slice(1, 4)).toEqual([45077, date1904 ? 45077 - 1462 : 45077, 45077]);
      expect(sheet.numberFormats.B2).toBe("dd/mm/yyyy");
      expect(sheet.numberFormats.D2).toBe("dd/mm/yyyy");
    }
  );

  it("keeps a value that is not an ISO date as its text, not a number", async () => {
    const sheet = (await snapshot(await asIsoDates(false, "31/05/2023"))).sheets[0];
    expect(sheet.values[1][4]).toBe("31/05/2023");
  });

  it("gives serials as Excel counts them, times of day, the 1900 leap day and impossible dates", () => {
    expect(isoDateSerial("2023-05-31", false)).toBe(45077);
    expect(isoDateSerial("2023-05-31T18:00:00Z", false)).toBe(45077.75);
    expect(isoDateSerial("2023-05-31 06:00", true)).toBe(45077.25 - 1462);
    expect(isoDateSerial("1900-03-01", false)).toBe(61);
    expect(isoDateSerial("1900-02-28", false)).toBe(59);
    expect(isoDateSerial("1900-01-01", false)).toBe(1);
    expect(isoDateSerial("2023-04-31", false)).toBeNull();
    expect(isoDateSerial("2023-05-31T25:00", false)).toBeNull();
    expect(isoDateSerial("May 2023", false)).toBeNull();
  });

  it("leaves a sheet with no such cell alone, and a prefixed one in its prefix", () => {
    expect(
      withSerialDates('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>', false)
    ).toBeNull();
    expect(withSerialDates('<x:c r="A1" s="2" t="d"><x:v>2023-05-31</x:v></x:c>', false)).toBe(
      '<x:c r="A1" s="2"><x:v>45077</x:v></x:c>'
    );
    expect(withSerialDates('<c r="A1" t="d"><v>soon &amp; later</v></c>', false)).toBe(
      '<c r="A1" t="inlineStr"><is><t>soon &amp; later</t></is></c>'
    );
    // An empty date cell does not swallow the cell after it.
    expect(
      withSerialDates(
        '<c r="A1" t="d"/><c r="B1" t="d"><v>2023-05-31</v></c><c r="C1"><v>7</v></c>',
        false
      )
    ).toBe('<c r="A1"/><c r="B1"><v>45077</v></c><c r="C1"><v>7</v></c>');
  });
});
