/** A1 addresses. Rows and columns are the worksheet's own, 1-based, as Excel shows them. */

// Letters of the first columns, worked out once: addresses are built for every cell read.
const LETTERS: string[] = [];

export const columnLetter = (column: number): string => {
  const known = LETTERS[column];
  if (known !== undefined) return known;
  const letters = lettersOf(column);
  if (column > 0 && column < 1024) LETTERS[column] = letters;
  return letters;
};

const lettersOf = (column: number): string => {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

export const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row}`;

export interface CellPosition {
  row: number;
  column: number;
}

/** A cell's A1 address ("D17"), from its row and column; undefined for no cell. */
export function addressOf(cell: CellPosition): string;
export function addressOf(cell: CellPosition | null | undefined): string | undefined;
export function addressOf(cell: CellPosition | null | undefined): string | undefined {
  return cell ? cellAddress(cell.row, cell.column) : undefined;
}

/**
 * "B12", "$B$12" or " b12 " → row 12, column 2; null unless 1–3 letters then 1–7 digits. Read
 * character by character rather than by pattern: a workbook's number formats and fills arrive keyed
 * by address, tens of thousands of them on a large plan.
 */
export const parseCellAddress = (address: string): CellPosition | null => {
  const text = address.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersFrom = i;
  for (; i < text.length && i - lettersFrom < 4; i += 1) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === DOLLAR) i += 1;
  const digitsFrom = i;
  let row = 0;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digits = i - digitsFrom;
  return digits < 1 || digits > 7 ? null : { row, column };
};

const DOLLAR = 36;

export interface RangeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const parseRangeAddress = (address: string): RangeArea | null => {
  const [from, to = from] = address.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
};

export const rangeAddress = (area: RangeArea): string =>
  area.top === area.bottom && area.left === area.right
    ? cellAddress(area.top, area.left)
    : `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;

/** Sheet names with spaces or punctuation must be quoted in references ('My Sheet'!A1). */
export const qualifiedAddress = (sheet: string, address: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)
    ? `${sheet}!${address}`
    : `'${sheet.replace(/'/g, "''")}'!${address}`;
