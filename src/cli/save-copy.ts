import { writeFile } from "node:fs/promises";
import { err, ok, type Result } from "../core/result";
import type { XlsxGateway } from "../xlsx/xlsx-gateway";

/** Save the changed workbook to the output path; the caller has made sure it is not the input (exceljs drops parts it does not model). */
export const saveCopy = async (gateway: XlsxGateway, path: string): Promise<Result<void, string>> => {
  try {
    await writeFile(path, await gateway.save());
    return ok(undefined);
  } catch {
    return err(`Plan Tracker could not save ${path} (check the folder exists and you can write to it).`);
  }
};
