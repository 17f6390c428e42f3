import { cellText, type CellValue } from "../model/cell-value";

// Page furniture that the PDF and web exports left inside tables (docs/RULES.md rule 17):
// `This page is intentionally left blank` ×8 and `Page 7` (004 L134, L146…), a stray `51.866d`
// (004 L260), and `javascript:sortRowsViewMode('C2','Col2')` (001 L7213).
const FURNITURE: readonly RegExp[] = [
  /^this page (?:is )?(?:intentionally|deliberately) (?:left )?blank\.?$/i,
  /^page \d{1,4}(?: of \d{1,4})?$/i,
  /^javascript:/i,
  /^\d+\.\d+d$/,
];

/** True when the whole cell is page furniture, not plan content. */
export const isPageFurniture = (value: CellValue | undefined): boolean => {
  const text = cellText(value).replace(/\s+/g, " ").trim();
  return text !== "" && FURNITURE.some((pattern) => pattern.test(text));
};

// `Page 11 Providing coherent…` (004 L176): a page number glued to the start of a cell. Only when a
// capitalised word follows, so prose such as "Page 3 of the report" is left alone.
const PAGE_PREFIX = /^\s*Page\s+\d{1,4}\s+(?=[A-Z])/;

/** The cell's text without a leading `Page n` the export glued onto it. */
export const stripPageFurniturePrefix = (value: CellValue | undefined): string =>
  cellText(value).replace(PAGE_PREFIX, "");
