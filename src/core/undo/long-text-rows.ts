import type { CellValue } from "../model/cell-value";
import { ENTRY_CONTINUED, PIECE_LENGTH } from "./undo-sheet-layout";

/** Cut a text into pieces of at most `length` characters, never between the two halves of a surrogate pair. */
const piecesOf = (text: string, length: number): string[] => {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
};

/**
 * One entry as the rows it takes: itself when every text fits a cell, else its first pieces and
 * "continued" rows carrying the rest of each long text in its own column (the Entry column, the
 * first, says "continued"). Any size of record fits this way, and each row stays a plain row a
 * person can read.
 */
export const splitLongText = (
  entry: readonly CellValue[],
  length = PIECE_LENGTH
): CellValue[][] => {
  const split = entry.map((cell, column) =>
    column > 0 && typeof cell === "string" && cell.length > length ? piecesOf(cell, length) : [cell]
  );
  const rows = Math.max(...split.map((pieces) => pieces.length));
  return Array.from({ length: rows }, (_, r) =>
    r === 0
      ? split.map((pieces) => pieces[0])
      : split.map((pieces, column) => (column === 0 ? ENTRY_CONTINUED : (pieces[r] ?? null)))
  );
};

/**
 * The entries with their "continued" rows joined back, each with the worksheet row it started on;
 * or the row of a "continued" row that continues nothing it can (no entry above, or a piece that
 * is not text), for the refusal to name.
 */
export const joinLongText = (
  rows: readonly (readonly CellValue[])[]
): { entries: { row: number; cells: CellValue[] }[] } | { badRow: number } => {
  const entries: { row: number; cells: CellValue[] }[] = [];
  for (const [index, row] of rows.entries()) {
    if (row[0] !== ENTRY_CONTINUED) {
      entries.push({ row: index, cells: [...row] });
      continue;
    }
    const above = entries[entries.length - 1];
    if (above === undefined) return { badRow: index };
    for (let column = 1; column < row.length; column += 1) {
      const piece = row[column];
      if (piece === null) continue;
      const before = above.cells[column];
      if (typeof piece !== "string" || typeof before !== "string") return { badRow: index };
      above.cells[column] = before + piece;
    }
  }
  return { entries };
};
