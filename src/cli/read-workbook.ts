import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { GatewayError } from "../core/gateway";
import { err, type Result } from "../core/result";
import { openXlsxWorkbook, type XlsxGateway } from "../xlsx/xlsx-gateway";

// Excel's own limit is far below this; a larger file is not a plan a council maintains by hand.
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** Open a workbook from disk for reading only; every failure is one plain sentence. */
export const openWorkbookFile = async (
  path: string
): Promise<Result<XlsxGateway, GatewayError>> => {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return err({ kind: "unreadable", message: `${path} is a folder, not an Excel workbook.` });
    size = info.size;
  } catch {
    return err({ kind: "unreadable", message: `Cannot find the file ${path}.` });
  }
  if (size > MAX_FILE_BYTES)
    return err({
      kind: "too-large",
      message: `${name} is ${Math.round(size / 1048576)} MB, too large to be a plan workbook.`,
    });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return err({
      kind: "unreadable",
      message: `Cannot read the file ${path} (check its permissions).`,
    });
  }
  return openXlsxWorkbook(bytes, name);
};
