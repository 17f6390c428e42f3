import { parseRangeAddress, rangeAddress } from "../model/address";
import { cellText, isBlank } from "../model/cell-value";
import { parseListSource } from "../snapshot/list-source";
import { cellAt, lastColumn, lastRow } from "../snapshot/sheet-access";
import type { SheetList, SheetSnapshot } from "../snapshot/workbook-snapshot";
import { readStatusText } from "./detect/cell-readers";

/**
 * Where a reader that cannot list a sheet's dropdowns (Office.js has no such call, and reading every
 * cell's rule is a request per cell) looks for them: the first rows under each table's header, one
 * cell per header column. A status column's dropdown covers its data cells, so that cell shows it.
 * Only columns whose words need explaining are asked about — a status column holding a word no
 * preset knows — so a plan written in known words costs no extra round trip.
 */
export interface ListProbe {
  sheet: string;
  /** The cells to ask: the row under the header, and the one after it (a section row may come first). */
  cells: { row: number; column: number }[];
  /** The area the dropdown is taken to cover when a probe finds one: down the column to the table's end. */
  area: { top: number; bottom: number; column: number };
}

// A sheet's tables are few; a cap keeps one sync small on sheets of many header-like rows.
const MAX_HEADERS_PER_SHEET = 4;
const MAX_COLUMNS_PER_HEADER = 40;
const MAX_PROBES = 600;
const MAX_HEADING = 80;

// How many rows under a header are looked at to tell whether its column needs its dropdown read.
const SAMPLE_ROWS = 200;
const STATUS_HEADING = /status|\brag\b|rating|confidence/i;
// A dropdown column repeats a few words; commentary and names do not.
const MAX_DISTINCT = 15;

const isHeading = (value: unknown): boolean =>
  typeof value === "string" &&
  value.trim() !== "" &&
  value.length <= MAX_HEADING &&
  !/^[\d.,%\s-]+$/.test(value);

const filled = (sheet: SheetSnapshot, row: number, last: number): number => {
  let count = 0;
  for (let column = sheet.firstColumn; column <= last; column += 1)
    if (!isBlank(cellAt(sheet, row, column))) count += 1;
  return count;
};

/** Rows that look like a table's header: three or more headings, under a row that is not data, over one that is. */
const headerRows = (sheet: SheetSnapshot): number[] => {
  const last = lastColumn(sheet);
  const bottom = lastRow(sheet);
  const rows: number[] = [];
  let previousFilled = 0;
  for (let row = sheet.firstRow; row <= bottom && rows.length < MAX_HEADERS_PER_SHEET; row += 1) {
    const here = filled(sheet, row, last);
    let headings = 0;
    for (let column = sheet.firstColumn; column <= last && headings < 3; column += 1)
      if (isHeading(cellAt(sheet, row, column))) headings += 1;
    if (headings >= 3 && previousFilled < 3 && row < bottom && filled(sheet, row + 1, last) >= 2)
      rows.push(row);
    previousFilled = here;
  }
  return rows;
};

/**
 * Whether a column's words need its dropdown to be understood: a few short words repeated down it
 * (as a dropdown's are), one of which no preset reads, under a status-like heading or beside words
 * that are statuses.
 */
const needsList = (
  sheet: SheetSnapshot,
  header: number,
  column: number,
  bottom: number
): boolean => {
  const words = new Set<string>();
  let count = 0;
  const last = Math.min(bottom, header + SAMPLE_ROWS);
  const heading = String(cellAt(sheet, header, column) ?? "").trim();
  let filledCells = 0;
  for (let row = header + 1; row <= last; row += 1) {
    const value = cellAt(sheet, row, column);
    if (!isBlank(value)) filledCells += 1;
    // A heading repeated down the column (a table printed in pages) is not one of its words.
    if (typeof value !== "string" || value.trim() === "" || value.trim() === heading) continue;
    if (value.length > MAX_HEADING) return false;
    words.add(value.trim());
    count += 1;
    if (words.size > MAX_DISTINCT) return false;
  }
  // Mostly words, and some repeated: a column of scores with a stray note is read by its key instead.
  if (count <= words.size || count * 2 < filledCells) return false;
  let known = false;
  let unknown = false;
  for (const word of words) {
    const reading = readStatusText(word, undefined);
    if (reading.kind === "level" && reading.source === "label") known = true;
    else unknown = true;
  }
  return unknown && (known || STATUS_HEADING.test(heading));
};

/** The cells to ask for dropdowns on one sheet. */
export const listProbes = (sheet: SheetSnapshot): ListProbe[] => {
  const headers = headerRows(sheet);
  const probes: ListProbe[] = [];
  headers.forEach((header, index) => {
    const bottom = index + 1 < headers.length ? headers[index + 1] - 1 : lastRow(sheet);
    let columns = 0;
    for (
      let column = sheet.firstColumn;
      column <= lastColumn(sheet) && columns < MAX_COLUMNS_PER_HEADER;
      column += 1
    ) {
      if (isBlank(cellAt(sheet, header, column))) continue;
      columns += 1;
      if (!needsList(sheet, header, column, bottom)) continue;
      const cells = [header + 1, header + 2]
        .filter((row) => row <= bottom)
        .map((row) => ({ row, column }));
      if (cells.length > 0)
        probes.push({ sheet: sheet.name, cells, area: { top: header + 1, bottom, column } });
    }
  });
  return probes;
};

/** The probes of a whole workbook, capped so the one sync that asks them stays small. */
export const workbookListProbes = (sheets: readonly SheetSnapshot[]): ListProbe[] =>
  sheets.flatMap(listProbes).slice(0, MAX_PROBES);

/** A range's words from the snapshot already read: the dropdown's source on one of its sheets. */
const wordsOfRange = (
  sheets: readonly SheetSnapshot[],
  home: string,
  sheetName: string | null,
  range: string
): string[] | null => {
  const sheet = sheets.find((s) => s.name === (sheetName ?? home));
  const area = parseRangeAddress(range);
  if (!sheet || !area) return null;
  const words: string[] = [];
  for (let row = area.top; row <= area.bottom && words.length < 200; row += 1)
    for (let column = area.left; column <= area.right; column += 1) {
      const value = cellAt(sheet, row, column);
      if (!isBlank(value)) words.push(cellText(value).trim());
    }
  return words;
};

/**
 * The dropdown a probe found, from its Office.js source ("Red,Amber,Green" or "=Lists!$A$2:$A$6");
 * null when the source is a name or formula the snapshot cannot resolve.
 */
export const listOfProbe = (
  probe: ListProbe,
  source: string,
  sheets: readonly SheetSnapshot[]
): SheetList | null => {
  const parsed = parseListSource(source, "office");
  if (parsed === null || parsed.kind === "name") return null;
  const values =
    parsed.kind === "words"
      ? parsed.words
      : wordsOfRange(sheets, probe.sheet, parsed.sheet, parsed.range);
  if (values === null || values.length === 0) return null;
  const { top, bottom, column } = probe.area;
  return { range: rangeAddress({ top, bottom, left: column, right: column }), values };
};
