import { withCellReferences } from "./cell-references";
import { loadJsZip } from "./charts/load-jszip";
import { withDefaultNamespace } from "./default-namespace";
import { HAS_DATE_CELL, withSerialDates } from "./iso-date-cells";
import { nameNotesPartsForExcelJs } from "./notes-part-names";
import { ANY_PREFIX } from "./package/xml-elements";

/**
 * The package as exceljs can read it: valid .xlsx files that exceljs would refuse as damaged — parts
 * whose namespace is bound to a prefix (default-namespace.ts), cells and rows without their optional
 * `r` reference (cell-references.ts), dates stored as ISO text (iso-date-cells.ts), notes at other
 * part names (notes-part-names.ts) — are given what exceljs expects, in a copy; the bytes are returned
 * as they came when nothing needed changing, which is every package Excel itself saves.
 */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** Every XML part: withDefaultNamespace itself leaves alone those Excel writes with a prefix too. */
const XML_PART = /\.(?:xml|rels)$/;
/** The workbook's 1904 date system flag, prefixed or not, "1" or "true". */
const DATE_1904 = new RegExp(
  `<${ANY_PREFIX}workbookPr\\b[^>]*\\sdate1904\\s*=\\s*["'](?:1|true)["']`
);
/** A row or cell start tag with no `r` attribute: found with one scan, no copy of the part made. */
const UNREFERENCED = new RegExp(`<${ANY_PREFIX}(?:row|c)(?=[\\s/>])(?![^>]*\\sr\\s*=)`);

export const packageForExcelJs = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  let date1904: boolean | undefined;
  // Each XML part is decompressed once: a worksheet may be tens of megabytes.
  for (const path of Object.keys(zip.files).filter((name) => XML_PART.test(name))) {
    const xml = await zip.files[path].async("string");
    let fixed = withDefaultNamespace(xml) ?? xml;
    if (WORKSHEET.test(path) && UNREFERENCED.test(fixed))
      fixed = withCellReferences(fixed) ?? fixed;
    if (WORKSHEET.test(path) && HAS_DATE_CELL.test(fixed)) {
      date1904 ??= DATE_1904.test((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
      fixed = withSerialDates(fixed, date1904) ?? fixed;
    }
    if (fixed === xml) continue;
    zip.file(path, fixed);
    changed = true;
  }
  // After the parts above, so the relationships are read in the names exceljs will see.
  if (await nameNotesPartsForExcelJs(zip)) changed = true;
  // Stored, not deflated: the copy only goes to exceljs in memory, and compressing it again costs time.
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
};
