import { withCellReferences } from "./cell-references";
import { loadJsZip } from "./charts/load-jszip";
import { nameNotesPartsForExcelJs } from "./notes-part-names";

/**
 * The package as exceljs can read it: valid .xlsx files that exceljs would refuse as damaged — cells
 * and rows without their optional `r` reference (cell-references.ts), notes at other part names
 * (notes-part-names.ts) — are given what exceljs expects, in a copy; the bytes are returned as they
 * came when nothing needed changing, which is every package Excel itself saves.
 */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A row or cell start tag with no `r` attribute: found with one scan, no copy of the part made. */
const UNREFERENCED = /<(?:[A-Za-z_][\w.-]*:)?(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)/;

export const packageForExcelJs = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  let changed = await nameNotesPartsForExcelJs(zip);
  for (const path of Object.keys(zip.files).filter((name) => WORKSHEET.test(name))) {
    const xml = await zip.files[path].async("string");
    if (!UNREFERENCED.test(xml)) continue;
    const fixed = withCellReferences(xml);
    if (fixed === null) continue;
    zip.file(path, fixed);
    changed = true;
  }
  // Stored, not deflated: the copy only goes to exceljs in memory, and compressing it again costs time.
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
};
