/** @jest-environment node */
import JSZip from "jszip";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// Other spreadsheet formats are zip files too; a person who saved one by mistake is told which it is
// and how to get an .xlsx, in one sentence, rather than that a zip file has no worksheets.
const zipOf = async (entries: [string, string][]): Promise<Uint8Array> => {
  const zip = new JSZip();
  // OpenDocument's mimetype entry is first and stored, as the format requires.
  for (const [path, text] of entries)
    zip.file(path, text, { compression: path === "mimetype" ? "STORE" : "DEFLATE" });
  return zip.generateAsync({ type: "uint8array" });
};

const problemOpening = async (bytes: Uint8Array, name: string): Promise<string> => {
  const opened = await openXlsxWorkbook(bytes, name);
  return opened.ok ? "opened" : opened.error.message;
};

describe("a zip file that is not an .xlsx", () => {
  it("names an OpenDocument spreadsheet, whatever it is called", async () => {
    const ods = await zipOf([
      ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
      ["content.xml", "<office:document-content/>"],
      ["META-INF/manifest.xml", "<manifest:manifest/>"],
    ]);
    expect(await problemOpening(ods, "plan.xlsx")).toBe(
      "plan.xlsx is an OpenDocument spreadsheet (.ods); open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and try again."
    );
  });

  it("names an Excel Binary Workbook", async () => {
    const xlsb = await zipOf([
      ["[Content_Types].xml", "<Types/>"],
      ["xl/workbook.bin", "\u0000"],
      ["xl/worksheets/sheet1.bin", "\u0000"],
    ]);
    expect(await problemOpening(xlsb, "plan.xlsb")).toBe(
      "plan.xlsb is an Excel Binary Workbook (.xlsb); open it in Excel, save it as an Excel Workbook (.xlsx) and try again."
    );
  });

  it("says plainly when it is some other zip", async () => {
    const other = await zipOf([["notes.txt", "minutes of the board"]]);
    expect(await problemOpening(other, "plan.xlsx")).toBe(
      "plan.xlsx is a zip file but not an Excel workbook (.xlsx): it has no worksheets."
    );
  });
});
