import type { CellRef } from "../../model/action";
import { type CellValue, cellText, isBlank } from "../../model/cell-value";
import { parseRangeAddress } from "../../model/address";
import { AddressIndex } from "./address-index";
import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import { cellAt, lastColumn, lastRow } from "../../snapshot/sheet-access";

/** Header wording compared as docs/LAYOUTS.md#header-matching says: trimmed, whitespace (incl. U+00A0) collapsed, any case. */
export const headerKey = (text: string): string =>
  text
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/:$/, "")
    .trim()
    .toLowerCase();

/**
 * The first character of a text's header wording, where it can be told without working the wording
 * out: a text starting with a letter or digit keeps it, lower-cased (headerKey only trims, collapses
 * spaces and lower-cases). Null for text starting with anything else (a space, a quote, "é").
 */
export const wordingInitial = (text: string): number | null => {
  const first = text.charCodeAt(0);
  const lower = first | 0x20;
  return (first >= 48 && first <= 57) || (lower >= 97 && lower <= 122) ? lower : null;
};

// Shared by every row outside the sheet (callers never modify what filledColumns returns).
const NONE: number[] = [];

// Excel's last column is 16,384 (XFD).
const COLUMN_LIMIT = 16_385;

// Merges larger than this are page furniture (whole-column merges), not table structure.
const MAX_MERGE_CELLS = 20_000;

/** A printable ASCII character: never one that trim() removes. */
const printable = (code: number): boolean => code > 32 && code < 127;

/**
 * Read access to one sheet in worksheet coordinates, with merged areas resolved: a cell covered by a
 * merge (not its top-left) reports the merge's value as inherited, so fill-down of merged Outcome and
 * Action cells (Thurrock) is explicit rather than accidental.
 */
export class SheetGrid {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  // Keys are row * stride + column over the used columns: small integers, which V8 keeps unboxed.
  // (row * 20,000 + column passed 2^30 past row 53,687 and made a heap number on every lookup.)
  private readonly stride: number;
  private readonly maxColumn: number;
  private readonly mergeOrigin = new Map<number, { row: number; column: number }>();
  // Detection asks the same questions of a cell many times (is it a header? a period? a boundary?);
  // the answers are kept for the life of this grid, i.e. one detection run.
  private readonly keys = new Map<number, string>();
  private readonly memos = new Map<string, Map<string, unknown>>();
  // By row offset: every row of the sheet is asked for, so an array beats a Map.
  private readonly filled: (number[] | undefined)[] = [];
  private readonly formats: AddressIndex;
  private readonly fills: AddressIndex;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.formats = new AddressIndex(sheet.numberFormats);
    this.fills = new AddressIndex(sheet.fills);
    this.firstRow = sheet.firstRow;
    this.lastRow = lastRow(sheet);
    this.firstColumn = sheet.firstColumn;
    this.lastColumn = Math.max(lastColumn(sheet), sheet.firstColumn);
    const merges = sheet.merges
      .map(parseRangeAddress)
      .filter(
        (area): area is NonNullable<typeof area> =>
          area !== null &&
          (area.bottom - area.top + 1) * (area.right - area.left + 1) <= MAX_MERGE_CELLS
      );
    this.maxColumn = merges.reduce((max, area) => Math.max(max, area.right), this.lastColumn);
    this.stride = this.maxColumn + 1;
    for (const area of merges) {
      for (let row = area.top; row <= area.bottom; row += 1)
        for (let column = area.left; column <= area.right; column += 1)
          if (row !== area.top || column !== area.left)
            this.mergeOrigin.set(this.key(row, column), { row: area.top, column: area.left });
    }
  }

  private key(row: number, column: number): number {
    if (column >= 1 && column <= this.maxColumn) return row * this.stride + column;
    // Beyond the used columns (a cell asked about past the data): rare, negative so never a clash.
    return -(row * COLUMN_LIMIT + column);
  }

  value(row: number, column: number): CellValue {
    return cellAt(this.sheet, row, column);
  }

  text(row: number, column: number): string {
    const value = this.value(row, column);
    if (typeof value !== "string") return cellText(value);
    // Most cells start and end with a printable ASCII character and need no trimming: skip making a
    // copy of every one of them. Anything else (a space, a tab, a no-break space pasted from the web,
    // an ideographic space) goes through trim(), which knows every kind of space.
    const last = value.length - 1;
    return last >= 0 && printable(value.charCodeAt(0)) && printable(value.charCodeAt(last))
      ? value
      : value.trim();
  }

  blank(row: number, column: number): boolean {
    return isBlank(this.value(row, column));
  }

  /** The cell's text as header wording (headerKey), computed once. */
  headerKeyAt(row: number, column: number): string {
    const at = this.key(row, column);
    let key = this.keys.get(at);
    if (key === undefined) {
      key = headerKey(this.text(row, column));
      this.keys.set(at, key);
    }
    return key;
  }

  /**
   * Whether the cell's header wording is `key`. Most cells are told apart by their wording's first
   * character (wordingInitial), without working out and keeping a wording for every row of the sheet.
   */
  headerKeyIs(row: number, column: number, key: string): boolean {
    const initial = wordingInitial(this.text(row, column));
    if (initial !== null && initial !== key.charCodeAt(0)) return false;
    return this.headerKeyAt(row, column) === key;
  }

  /** A pure function of a string, remembered for this grid (header matches, period headings). */
  memo<T>(name: string, input: string, compute: (input: string) => T): T {
    let table = this.memos.get(name);
    if (!table) {
      table = new Map();
      this.memos.set(name, table);
    }
    // One lookup for the usual hit; has() only when the remembered answer may be undefined.
    const known = table.get(input);
    if (known !== undefined || table.has(input)) return known as T;
    const value = compute(input);
    table.set(input, value);
    return value;
  }

  /** The merge's top-left when this cell is covered by a merge, else null. */
  mergedFrom(row: number, column: number): { row: number; column: number } | null {
    return this.mergeOrigin.get(this.key(row, column)) ?? null;
  }

  /** The cell's number format, if it has one (AddressIndex: by address at first, then indexed). */
  numberFormat(row: number, column: number): string | undefined {
    return this.formats.get(row, column);
  }

  fill(row: number, column: number): string | undefined {
    return this.fills.get(row, column);
  }

  ref(row: number, column: number): CellRef {
    return {
      sheet: this.name,
      row,
      column,
      value: this.value(row, column),
    };
  }

  /** Columns of the row that hold something, left to right (computed once per row; do not modify). */
  filledColumns(row: number): number[] {
    const offset = row - this.firstRow;
    const values = this.sheet.values[offset];
    if (!values) return NONE;
    const known = this.filled[offset];
    if (known) return known;
    // Counted first and made at its size: every row's list is kept while detection runs, and a list
    // grown by push holds room for twice its cells.
    let count = 0;
    for (let index = 0; index < values.length; index += 1) if (!isBlank(values[index])) count += 1;
    const columns: number[] = count === 0 ? NONE : new Array<number>(count);
    for (let index = 0, at = 0; at < count; index += 1)
      if (!isBlank(values[index])) columns[at++] = index + this.firstColumn;
    this.filled[offset] = columns;
    return columns;
  }
}
