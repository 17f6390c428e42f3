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

export const parseCellAddress = (address: string): CellPosition | null => {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]), column: columnNumber(match[1]) };
};

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
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
