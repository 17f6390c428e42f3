import { withCellReferences } from "./cell-references";
import { loadJsZip } from "./charts/load-jszip";
import { CELL_ELEMENT, FORMULA_ELEMENT } from "./package/xml-elements";
import { sheetParts } from "./sheet-parts";

/**
 * The formula cells whose saved result is empty text (`<v></v>`, as Excel saves `=IFERROR(…,"")`
 * showing nothing), by sheet name. exceljs reads those exactly like a formula saved with no result at
 * all, so the reader asks here before calling a formula never calculated. Only read when exceljs
 * found such formulas, which an ordinary workbook saved by Excel has few of or none.
 */
const EMPTY_VALUE = /<((?:[A-Za-z_][\w.-]*:)?)v(?:\s*\/>|\s*>\s*<\/\1v>)/;
const REFERENCE = /\sr\s*=\s*["']([^"']*)["']/;

export const emptyFormulaResults = async (bytes: Uint8Array): Promise<Map<string, Set<string>>> => {
  const found = new Map<string, Set<string>>();
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  for (const [sheet, part] of await sheetParts(zip)) {
    const text = await zip.file(part)?.async("string");
    if (text === undefined) continue;
    const xml = withCellReferences(text) ?? text;
    const cells = new Set<string>();
    for (const [, , attributes, content] of xml.matchAll(CELL_ELEMENT)) {
      if (content === undefined || !FORMULA_ELEMENT.test(content) || !EMPTY_VALUE.test(content))
        continue;
      const address = REFERENCE.exec(attributes)?.[1];
      if (address !== undefined) cells.add(address.replace(/\$/g, "").toUpperCase());
    }
    if (cells.size > 0) found.set(sheet, cells);
  }
  return found;
};
