import { parseCellAddress } from "../../core/model/address";
import { withCellReferences } from "../cell-references";
import { attributeOf, elements, innerOf, setAttribute, startTag, withInner } from "./xml-elements";

/**
 * Cell-level edits to a worksheet part's <sheetData>, leaving every other row, cell and attribute as
 * the file had it (docs/EXCEL.md#faithful-copies). A cell is replaced by new XML, added in column
 * order (its row added in row order when missing), or removed; a row's height can be set. Rows that
 * are edited lose only their optional `spans` hint, which a new cell may fall outside.
 */
export interface SheetDataEdits {
  /** Row → column → the cell's new XML, or null to remove the cell. */
  cells: Map<number, Map<number, string | null>>;
  /** Row → attributes to set (null removes), e.g. ht and customHeight. */
  rows: Map<number, Record<string, string | null>>;
}

export interface ReplacedCell {
  row: number;
  column: number;
  /** The cell's XML in the file before the edit. */
  before: string;
}

const columnOf = (cell: string): number =>
  parseCellAddress(attributeOf(cell, "r") ?? "")?.column ?? 0;

const editRow = (
  row: string,
  number: number,
  edits: SheetDataEdits,
  prefix: string,
  replaced: ReplacedCell[]
): string | null => {
  let edited = setAttribute(row, "spans", null);
  for (const [name, value] of Object.entries(edits.rows.get(number) ?? {}))
    edited = setAttribute(edited, name, value);
  const changes = edits.cells.get(number);
  if (!changes || changes.size === 0) return edited;
  const inner = innerOf(edited);
  const cells = elements(inner, "c", prefix);
  const byColumn = new Map(cells.map((cell) => [columnOf(cell.text), cell.text]));
  for (const [column, xml] of changes) {
    const before = byColumn.get(column);
    if (before !== undefined) replaced.push({ row: number, column, before });
    if (xml === null) byColumn.delete(column);
    else byColumn.set(column, xml);
  }
  // Anything in the row that is not a cell (an extension list) stays after the cells, where it was.
  const rest = cells.length === 0 ? inner : inner.slice(cells[cells.length - 1].end);
  const ordered = [...byColumn.entries()].sort(([a], [b]) => a - b).map(([, xml]) => xml);
  if (ordered.length === 0 && rest.trim() === "" && !edits.rows.has(number)) {
    // A row left with nothing and no attributes of note is dropped, as Excel would not write it.
    const attributes = startTag(edited)
      .replace(/^<\S+|\/?>$/g, "")
      .replace(/\sr\s*=\s*"[^"]*"/, "")
      .trim();
    if (attributes === "") return null;
  }
  return withInner(edited, ordered.join("") + rest, "row");
};

/** The worksheet part with the edits made; `replaced` collects each cell's XML before it changed. */
export const editSheetData = (
  sheetXml: string,
  edits: SheetDataEdits,
  prefix: string,
  replaced: ReplacedCell[] = []
): string => {
  // Rows and cells without their optional `r` are numbered first, so that added rows cannot shift them.
  const xml = withCellReferences(sheetXml) ?? sheetXml;
  const open = new RegExp(`<${prefix}sheetData(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error("a worksheet part has no <sheetData>");
  const selfClosing = open[1] === "/";
  const innerStart = open.index + open[0].length;
  const close = selfClosing ? innerStart : xml.indexOf(`</${prefix}sheetData>`, innerStart);
  const inner = xml.slice(innerStart, close);

  const wanted = new Set([...edits.cells.keys(), ...edits.rows.keys()]);
  const missing = [...wanted].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  let next = 0; // index into `missing` of the next row number not yet placed
  const emitMissingBefore = (limit: number): void => {
    while (next < missing.length && missing[next] < limit) {
      const number = missing[next];
      next += 1;
      const row = editRow(`<${prefix}row r="${number}"/>`, number, edits, prefix, []);
      if (row !== null) pieces.push(row);
    }
  };
  for (const row of elements(inner, "row", prefix)) {
    const number = Number(attributeOf(row.text, "r"));
    pieces.push(inner.slice(last, row.start));
    last = row.end;
    emitMissingBefore(number);
    if (next < missing.length && missing[next] === number) next += 1;
    if (!wanted.has(number)) {
      pieces.push(row.text);
      continue;
    }
    const edited = editRow(row.text, number, edits, prefix, replaced);
    if (edited !== null) pieces.push(edited);
  }
  pieces.push(inner.slice(last));
  emitMissingBefore(Infinity);
  const body = pieces.join("");
  if (selfClosing)
    return `${xml.slice(0, open.index)}<${prefix}sheetData>${body}</${prefix}sheetData>${xml.slice(innerStart)}`;
  return xml.slice(0, innerStart) + body + xml.slice(close);
};
