import type { Workbook, XlsxWriteOptions } from "exceljs";
import { addCharts, type SheetValueAt } from "../charts/inject-charts";
import { loadJsZip } from "../charts/load-jszip";
import type { PendingChart } from "../charts/pending-charts";
import { addMappingPart } from "../custom-xml/add-mapping-part";
import { restoreRules, setAsideUnsaveableRules } from "../unsaveable-rules";
import { workbookChanges } from "./sheet-changes";
import { splicePackage } from "./splice-package";

export interface CopySources {
  /** The file's bytes as opened. */
  original: Uint8Array;
  /** The same workbook as exceljs read it when it was opened, read again (sheet-changes.ts compares with it). */
  asOpened: () => Promise<Workbook>;
  /** The workbook as it is now. */
  workbook: Workbook;
  /** Whether anything was written to it since it was opened (if not, only the mapping can differ). */
  written: boolean;
  charts: readonly PendingChart[];
  valueAt: SheetValueAt;
  /** The mapping to carry, and the one the file had (the part is only rewritten when they differ). */
  mappingXml?: string;
  storedMapping?: string;
}

/**
 * The bytes of the copy: the council's file with what Plan Tracker changed edited in
 * (docs/EXCEL.md#faithful-copies). When nothing changed, the file's own bytes come back unchanged.
 */
export const faithfulCopy = async (sources: CopySources): Promise<Uint8Array> => {
  const changes = sources.written
    ? workbookChanges(await sources.asOpened(), sources.workbook)
    : { sheets: [], marks: false };
  const mappingChanged =
    sources.mappingXml !== undefined && sources.mappingXml !== sources.storedMapping;
  if (
    changes.sheets.length === 0 &&
    !changes.marks &&
    sources.charts.length === 0 &&
    !mappingChanged
  )
    return sources.original.slice();
  // Rules exceljs cannot write are set aside for its package only; the file's own part keeps them.
  const aside = setAsideUnsaveableRules(sources.workbook);
  let written: Uint8Array;
  try {
    // Stored, not deflated: this package is only read back here, never saved.
    written = new Uint8Array(
      await sources.workbook.xlsx.writeBuffer({
        zip: { compression: "STORE" },
      } as Partial<XlsxWriteOptions>)
    );
  } finally {
    restoreRules(aside);
  }
  const JSZip = await loadJsZip();
  const [file, fromWriter] = await Promise.all([
    JSZip.loadAsync(sources.original),
    JSZip.loadAsync(written),
  ]);
  await splicePackage(file, fromWriter, changes);
  await addCharts(file, sources.charts, sources.valueAt);
  if (mappingChanged && sources.mappingXml !== undefined)
    await addMappingPart(file, sources.mappingXml);
  return file.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
