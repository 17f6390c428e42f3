import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../../src/xlsx/xlsx-gateway";

/** The snapshot the .xlsx gateway reads from a package's bytes; a refusal fails the test with its sentence. */
export const snapshotOfBytes = async (bytes: Uint8Array): Promise<WorkbookSnapshot> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", {
    clock: () => "2026-01-01T00:00:00Z",
  });
  if (!opened.ok) throw new Error(opened.error.message);
  const read = await opened.value.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};
