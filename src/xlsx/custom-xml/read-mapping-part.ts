import { isMappingPart } from "../../core/mapping/mapping-xml";
import { loadJsZip } from "../charts/load-jszip";
import { containsAscii, partText } from "./part-text";

const ITEM = /^customXml\/item(\d+)\.xml$/i;

/**
 * The mapping's custom XML part in an .xlsx file, as text, or undefined when it carries none.
 * exceljs does not read custom XML parts, so the package is opened again with JSZip (loaded on
 * demand) — but only when its file list names a customXml folder at all, which most workbooks'
 * do not, so an ordinary workbook costs one byte scan.
 */
export const readMappingPart = async (bytes: Uint8Array): Promise<string | undefined> => {
  if (!containsAscii(bytes, "customXml/")) return undefined;
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  const items = Object.keys(zip.files)
    .map((path) => ({ path, number: Number(ITEM.exec(path)?.[1] ?? NaN) }))
    .filter((item) => !Number.isNaN(item.number))
    .sort((a, b) => a.number - b.number);
  let found: string | undefined;
  for (const item of items) {
    const text = partText(await zip.files[item.path].async("uint8array"));
    // Two mapping parts only arise from two co-authors storing at once; the last added wins, as in Excel (read-snapshot.ts).
    if (isMappingPart(text)) found = text;
  }
  return found;
};
