/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { GatewayError } from "../../src/core/gateway";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { storedZip } from "./helpers/stored-zip";

// Bad files are written to a temporary folder and read back from disk, as the CLI and the preview
// get them. Every answer is one plain sentence naming the file: never a stack trace.
const GCC = join(__dirname, "..", "fixtures", "generated", "gcc.xlsx");
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "plan-tracker-bad-input-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const onDisk = (name: string, bytes: Uint8Array | string): Uint8Array => {
  writeFileSync(join(folder, name), bytes);
  return new Uint8Array(readFileSync(join(folder, name)));
};

/** An OLE2 compound file header followed by directory entries naming the given streams (UTF-16LE). */
const compoundFile = (streams: string[]): Uint8Array => {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  const names = streams.map((s) => {
    const entry = Buffer.alloc(128);
    Buffer.from(s, "utf16le").copy(entry, 0);
    return entry;
  });
  return new Uint8Array(Buffer.concat([header, ...names, Buffer.alloc(1024)]));
};

const openError = async (bytes: Uint8Array, name: string): Promise<GatewayError> => {
  const opened = await openXlsxWorkbook(bytes, name);
  if (opened.ok) throw new Error(`${name} opened, but should have been refused`);
  return opened.error;
};

const expectOnePlainSentence = (error: GatewayError, name: string): void => {
  expect(error.message).toContain(name);
  expect(error.message).not.toMatch(/\n|\bat .+:\d+:\d+|Error:|undefined/);
  expect(error.message).toMatch(/^[^.]+(\.[^ .][^.]*)*\.$/); // one sentence, ending with a full stop
};

describe("bytes that are not a readable .xlsx workbook", () => {
  it.each([
    ["an empty file", "empty.xlsx", "", "unreadable", /is empty \(0 bytes\)/],
    [
      "a CSV saved with an .xlsx name",
      "plan.xlsx",
      "Ref,Action,Lead\n1.1,Strengthen the Early Help offer,Juliette Blake\n",
      "unreadable",
      /is not an Excel workbook \(\.xlsx\)/,
    ],
    [
      "a PDF",
      "board-pack.pdf",
      "%PDF-1.7\n%âãÏÓ\n1 0 obj\n",
      "unreadable",
      /is not an Excel workbook \(\.xlsx\)/,
    ],
  ])("refuses %s", async (_, name, content, kind, message) => {
    const error = await openError(onDisk(name, content), name);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expectOnePlainSentence(error, name);
  });

  it("says a workbook Excel encrypted with a password is password-protected", async () => {
    const error = await openError(
      onDisk("locked.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"])),
      "locked.xlsx"
    );
    expect(error.kind).toBe("password-protected");
    expect(error.message).toMatch(
      /protected with a password; open it in Excel, remove the password/
    );
    expectOnePlainSentence(error, "locked.xlsx");
  });

  it("says an .xls file is an Excel 97–2003 workbook to save as .xlsx", async () => {
    const error = await openError(
      onDisk("plan.xls", compoundFile(["Workbook", "SummaryInformation"])),
      "plan.xls"
    );
    expect(error.kind).toBe("unreadable");
    expect(error.message).toMatch(
      /is an Excel 97–2003 workbook \(\.xls\); open it in Excel and save it as \.xlsx, then try again/
    );
    expectOnePlainSentence(error, "plan.xls");
  });

  it("takes a compound file named .xlsx for an encrypted workbook when it cannot tell", async () => {
    const error = await openError(onDisk("odd.xlsx", compoundFile(["Root Entry"])), "odd.xlsx");
    expect(error.kind).toBe("password-protected");
    expect(error.message).toMatch(/looks password-protected/);
  });

  it("says a workbook cut short in copying is truncated", async () => {
    const whole = readFileSync(GCC);
    const error = await openError(
      onDisk("half.xlsx", whole.subarray(0, Math.floor(whole.length / 2))),
      "half.xlsx"
    );
    expect(error.kind).toBe("unreadable");
    expect(error.message).toMatch(/cut short or damaged/);
    expectOnePlainSentence(error, "half.xlsx");
  });

  it("says a damaged workbook cannot be read when exceljs throws, without its error text", async () => {
    const damaged = Buffer.from(readFileSync(GCC));
    for (let i = 200; i < 2000; i += 1) damaged[i] ^= 0x5a; // garble the first entries, keep the zip's end
    const error = await openError(onDisk("damaged.xlsx", damaged), "damaged.xlsx");
    expect(error.kind).toBe("unreadable");
    expect(error.message).toMatch(/could not be read as an Excel workbook \(it may be damaged\)/);
    expect(error.message).not.toMatch(/signature|zip or bug/i);
    expectOnePlainSentence(error, "damaged.xlsx");
  });

  it("says a workbook whose XML is broken cannot be read", async () => {
    const broken = storedZip([
      {
        name: "[Content_Types].xml",
        text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      },
      { name: "xl/workbook.xml", text: '<workbook><sheets><sheet name="Plan" sheetId="1"' },
    ]);
    const error = await openError(onDisk("broken.xlsx", broken), "broken.xlsx");
    expect(error.kind).toBe("unreadable");
    expectOnePlainSentence(error, "broken.xlsx");
  });

  it("says a zip that holds no worksheets is not an Excel workbook", async () => {
    const error = await openError(
      onDisk("notes.xlsx", storedZip([{ name: "notes.txt", text: "Improvement Board notes" }])),
      "notes.xlsx"
    );
    expect(error.kind).toBe("unreadable");
    expect(error.message).toMatch(/is a zip file but not an Excel workbook \(\.xlsx\)/);
    expectOnePlainSentence(error, "notes.xlsx");
  });

  it("never changes the bytes it was given", async () => {
    const bytes = new Uint8Array(readFileSync(GCC));
    const before = Buffer.from(bytes);
    const opened = await openXlsxWorkbook(bytes, "gcc.xlsx");
    expect(opened.ok).toBe(true);
    expect(Buffer.compare(Buffer.from(bytes), before)).toBe(0);
  });
});

describe("workbooks beyond Excel's limits are reported, not crashed on", () => {
  const readError = async (
    build: (sheet: ExcelJS.Worksheet) => void,
    name: string
  ): Promise<GatewayError> => {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet("Actions"));
    const bytes = onDisk(name, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const opened = await openXlsxWorkbook(bytes, name);
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await opened.value.read();
    if (read.ok) throw new Error(`${name} was read, but should have been refused`);
    return read.error;
  };

  it("refuses a sheet that runs past row 1,048,576 (a damaged file), naming the sheet", async () => {
    const error = await readError((sheet) => {
      sheet.getCell("A1").value = "Ref";
      sheet.getCell("A1048577").value = "beyond the last row";
    }, "too-long.xlsx");
    expect(error).toMatchObject({ kind: "too-large", sheet: "Actions" });
    expect(error.message).toBe(
      "The sheet 'Actions' runs to row 1,048,577, past Excel's last row (1,048,576), so the file is damaged; save it again from Excel and try again."
    );
  });

  it("refuses a cell over 32,767 characters, naming the cell", async () => {
    const error = await readError((sheet) => {
      sheet.getCell("A1").value = "Ref";
      sheet.getCell("G7").value = "x".repeat(40_000);
    }, "long-cell.xlsx");
    expect(error).toMatchObject({ kind: "too-large", sheet: "Actions", cells: ["G7"] });
    expect(error.message).toMatch(
      /^Cell G7 on the sheet 'Actions' holds 40,000 characters, more than Excel's limit of 32,767/
    );
  });

  it("accepts a cell of exactly 32,767 characters", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Actions").getCell("B2").value = "y".repeat(32_767);
    const opened = await openXlsxWorkbook(
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      "limit.xlsx"
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await opened.value.read();
    expect(read.ok && read.value.sheets[0].values[1][1]).toHaveLength(32_767);
  });

  it("refuses a used range of more cells than a read can hold (a stray cell at XFD1048576)", async () => {
    const error = await readError((sheet) => {
      sheet.getCell("A1").value = "Ref";
      sheet.getCell("XFD1048576").value = "stray";
    }, "sparse.xlsx");
    expect(error.kind).toBe("too-large");
    expect(error.message).toMatch(
      /uses 1,048,576 rows by 16,384 columns, more than the 5,000,000 cells Plan Tracker can read at once; delete stray cells/
    );
  });
});
