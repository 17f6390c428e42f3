import { addCharts, type SheetValueAt } from "./charts/inject-charts";
import { loadJsZip } from "./charts/load-jszip";
import type { PendingChart } from "./charts/pending-charts";
import { addMappingPart } from "./custom-xml/add-mapping-part";

export interface PackageAdditions {
  charts: readonly PendingChart[];
  valueAt: SheetValueAt;
  /** The mapping part to carry (the one stored with storeMapping, else the one the file had). */
  mappingXml?: string;
}

/**
 * What save() adds to the package exceljs writes, for the parts exceljs has no model of: charts
 * (exceljs#141, #1734) and the mapping's custom XML part (exceljs reads and writes no customXml).
 * The zip is opened and generated once for all of them, and not at all when there is nothing to add.
 */
export const finishPackage = async (bytes: Uint8Array, additions: PackageAdditions): Promise<Uint8Array> => {
  if (additions.charts.length === 0 && additions.mappingXml === undefined) return bytes;
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  await addCharts(zip, additions.charts, additions.valueAt);
  if (additions.mappingXml !== undefined) await addMappingPart(zip, additions.mappingXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
