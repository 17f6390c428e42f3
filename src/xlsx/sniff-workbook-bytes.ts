import type { GatewayError } from "../core/gateway";
import { compoundFileStreamNames } from "./compound-file-streams";

/**
 * Says what is wrong with bytes that cannot be an .xlsx workbook, before exceljs sees them, so the
 * person gets one plain sentence ("… is an old .xls workbook") rather than a zip library's error.
 * Returns null when the bytes look like a complete zip file.
 */
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04": every .xlsx is a zip package
/** "PK\x05\x06": ends every zip; an empty archive is nothing else. */
const ZIP_END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
/** An OLE2 compound file: legacy .xls, or an .xlsx that Excel encrypted with a password (MS-OFFCRYPTO). */
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The end-of-central-directory record is 22 bytes plus a comment of up to 65,535. */
const EOCD_SEARCH_WINDOW = 22 + 0xffff;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const hasEndOfCentralDirectory = (bytes: Uint8Array): boolean => {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH_WINDOW);
  for (let i = bytes.length - 22; i >= stop; i -= 1)
    if (startsWith(bytes, ZIP_END_OF_CENTRAL_DIRECTORY, i)) return true;
  return false;
};

const oldXls = (name: string): GatewayError => ({
  kind: "unreadable",
  message: `${name} is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx, then try again.`,
});

const describeCompoundFile = (bytes: Uint8Array, name: string): GatewayError => {
  const streams = compoundFileStreamNames(bytes);
  // An encrypted .xlsx keeps its package in streams called EncryptionInfo and EncryptedPackage.
  if (streams.has("EncryptedPackage") || streams.has("EncryptionInfo")) {
    return {
      kind: "password-protected",
      message: `${name} is protected with a password; open it in Excel, remove the password (File > Info > Protect Workbook), save it and try again.`,
    };
  }
  // Excel 97-2003 keeps its sheets in a stream called Workbook; Excel 5/95 called it Book. Whatever the
  // file is named, such a file is an old .xls, not a locked .xlsx.
  if (streams.has("Workbook") || streams.has("Book")) {
    return oldXls(name);
  }
  if (/\.xlsx$/i.test(name)) {
    return {
      kind: "password-protected",
      message: `${name} looks password-protected (encrypted); open it in Excel, remove the password, save it as .xlsx and try again.`,
    };
  }
  return oldXls(name);
};

export const sniffWorkbookBytes = (bytes: Uint8Array, name: string): GatewayError | null => {
  if (bytes.length === 0)
    return {
      kind: "unreadable",
      message: `${name} is empty (0 bytes), so there is no workbook to read.`,
    };
  if (startsWith(bytes, OLE_COMPOUND_FILE)) return describeCompoundFile(bytes, name);
  if (startsWith(bytes, ZIP_END_OF_CENTRAL_DIRECTORY))
    return {
      kind: "unreadable",
      message: `${name} is an empty zip file, not an Excel workbook (.xlsx).`,
    };
  if (!startsWith(bytes, ZIP_LOCAL_HEADER))
    return { kind: "unreadable", message: `${name} is not an Excel workbook (.xlsx).` };
  if (!hasEndOfCentralDirectory(bytes)) {
    return {
      kind: "unreadable",
      message: `${name} is cut short or damaged (the end of the file is missing); save it again from Excel or copy it again.`,
    };
  }
  return null;
};

/** Whether `text` (ASCII) occurs in the bytes from `from` to `to`. */
const containsAscii = (bytes: Uint8Array, text: string, from = 0, to = bytes.length): boolean => {
  const codes = Array.from(text, (c) => c.charCodeAt(0));
  for (let i = from; i + codes.length <= to; i += 1) if (startsWith(bytes, codes, i)) return true;
  return false;
};

/**
 * What a zip file that holds no worksheets is, when it is another spreadsheet format a person may
 * have saved by mistake: one sentence naming it and how to get an .xlsx, or null. Only asked after
 * exceljs found no worksheets, so the scan over the bytes costs nothing on a good workbook.
 */
export const describeOtherPackage = (bytes: Uint8Array, name: string): GatewayError | null => {
  // An OpenDocument file starts with an uncompressed entry called "mimetype" naming its kind.
  if (containsAscii(bytes, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 0, 200))
    return {
      kind: "unreadable",
      message: `${name} is an OpenDocument spreadsheet (.ods); open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and try again.`,
    };
  // An Excel Binary Workbook keeps the same folders as an .xlsx, with .bin parts instead of XML.
  if (containsAscii(bytes, "xl/workbook.bin"))
    return {
      kind: "unreadable",
      message: `${name} is an Excel Binary Workbook (.xlsb); open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
    };
  return null;
};
