/** @jest-environment node */
import { sniffWorkbookBytes } from "../../src/xlsx/sniff-workbook-bytes";
import { compoundFile } from "./helpers/compound-file";

// A compound file is either an encrypted .xlsx or an old .xls; only its directory says which, and
// people rename files, so the name it came with decides nothing when the directory can tell.
const OLD_XLS =
  "is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx, then try again.";

describe("telling an old .xls from a password-protected .xlsx", () => {
  it("says an unencrypted .xls renamed .xlsx is an old .xls, not password-protected", () => {
    const problem = sniffWorkbookBytes(
      compoundFile(["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]),
      "plan.xlsx"
    );
    expect(problem).toEqual({ kind: "unreadable", message: `plan.xlsx ${OLD_XLS}` });
  });

  it("says an Excel 5/95 file (its stream is called Book) is an old .xls", () => {
    expect(sniffWorkbookBytes(compoundFile(["Book"]), "plan.xlsx")).toEqual({
      kind: "unreadable",
      message: `plan.xlsx ${OLD_XLS}`,
    });
  });

  it("says an encrypted package is protected with a password", () => {
    const problem = sniffWorkbookBytes(
      compoundFile(["EncryptionInfo", "EncryptedPackage"]),
      "locked.xlsx"
    );
    expect(problem?.kind).toBe("password-protected");
    expect(problem?.message).toMatch(/^locked\.xlsx is protected with a password; /);
  });

  it("finds the encryption streams past the first directory sector, through the FAT", () => {
    // Excel writes the DataSpaces storages first, so EncryptionInfo can sit in a later directory sector.
    const streams = [
      "\u0006DataSpaces",
      "Version",
      "DataSpaceMap",
      "DataSpaceInfo",
      "StrongEncryptionDataSpace",
      "TransformInfo",
      "\u0006Primary",
      "EncryptionInfo",
      "EncryptedPackage",
    ];
    expect(sniffWorkbookBytes(compoundFile(streams), "locked.xlsx")?.kind).toBe(
      "password-protected"
    );
  });

  it("does not take a name in a stream's contents (a cell's text) for an encryption stream", () => {
    const text = new Uint8Array(Buffer.from("EncryptionInfo EncryptedPackage", "utf16le"));
    expect(sniffWorkbookBytes(compoundFile(["Workbook"], text), "notes.xls")).toEqual({
      kind: "unreadable",
      message: `notes.xls ${OLD_XLS}`,
    });
  });

  it("still calls an unrecognisable compound file named .xlsx password-protected, and one named .xls an old .xls", () => {
    expect(sniffWorkbookBytes(compoundFile([]), "odd.xlsx")?.message).toMatch(
      /looks password-protected/
    );
    expect(sniffWorkbookBytes(compoundFile([]), "odd.xls")?.message).toBe(`odd.xls ${OLD_XLS}`);
  });

  it("stops on a directory chain that loops, and on a directory sector past the end of the file", () => {
    const looping = compoundFile(["Workbook"]);
    Buffer.from(looping.buffer).writeUInt32LE(1, 512 + 4); // FAT: directory sector 1 leads back to itself
    expect(sniffWorkbookBytes(looping, "plan.xlsx")?.message).toBe(`plan.xlsx ${OLD_XLS}`);
    const cut = compoundFile(["Workbook"]);
    Buffer.from(cut.buffer).writeUInt32LE(0x7fffff, 48); // the directory starts far past the end
    expect(sniffWorkbookBytes(cut, "cut.xlsx")?.message).toMatch(/looks password-protected/);
  });
});
