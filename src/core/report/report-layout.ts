import type { StyledCell } from "../write-plan/sheet-builder";

/**
 * Column widths, row heights and the print scale computed from what the report holds, so no text is
 * cut at the printed size: widths from the longest line of each column (within bounds), heights from
 * a word-by-word wrap at those widths, and a scale at which the page is one A4 landscape page wide and
 * the dashboard one page tall.
 */

/** Bounds for each of the report's columns, in characters: the name, six short columns, the prose. */
export const COLUMN_BOUNDS: readonly { min: number; max: number }[] = [
  { min: 26, max: 44 },
  ...Array.from({ length: 6 }, () => ({ min: 10, max: 16 })),
  { min: 28, max: 52 },
];
export const REPORT_COLUMNS = COLUMN_BOUNDS.length;

const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
// A4 landscape inside the default margins (0.7" left and right, 0.75" top and bottom), in points.
const PRINTABLE_WIDTH = (11.69 - 1.4) * 72;
const PRINTABLE_HEIGHT = (8.27 - 1.5) * 72;
// Characters a width unit holds: the unit is the digit "0", and running text (mostly lower case) is
// narrower; bold runs wider. Measured on the printed samples: wrapped cells used about two thirds of
// the lines 0.9 a unit gave them, so 1.1 still leaves room.
const SPARE = 1.1;
const BOLD_SPARE = 0.95;

/** Lines a text needs in a column of the given width, wrapping at spaces as Excel and LibreOffice do. */
export const linesNeeded = (text: string, width: number, bold = false): number => {
  const capacity = Math.max(4, Math.floor((width - 1) * (bold ? BOLD_SPARE : SPARE)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(" ")) {
      let rest = word.length;
      if (used > 0 && used + 1 + rest > capacity) {
        lines += 1;
        used = 0;
      } else if (used > 0) used += 1;
      while (rest > capacity) {
        rest -= capacity - used;
        lines += 1;
        used = 0;
      }
      used += rest;
    }
  }
  return lines;
};

const textOf = (cell: StyledCell | undefined): string =>
  cell === undefined || cell.value === null
    ? ""
    : typeof cell.value === "number" && cell.numberFormat
      ? "00/00/0000"
      : String(cell.value);

/** Widths that fit the longest line of each column's table cells (wrapped cells), within the column's bounds. */
export const fitWidths = (rows: readonly (readonly StyledCell[])[]): number[] =>
  COLUMN_BOUNDS.map(({ min, max }, column) => {
    let longest = 0;
    for (const row of rows) {
      const cell = row[column];
      if (!cell?.format?.wrap) continue;
      for (const line of textOf(cell).split("\n"))
        longest = Math.max(
          longest,
          ...line.split(" ").map((w) => w.length),
          Math.min(line.length, max)
        );
    }
    return Math.min(max, Math.max(min, Math.ceil(longest / SPARE) + 1));
  });

/** Heights in points for each row, from its wrapped cells (a row of single lines keeps Excel's default). */
export const rowPoints = (row: readonly StyledCell[], widths: readonly number[]): number => {
  let lines = 1;
  row.forEach((cell, column) => {
    if (!cell.format?.wrap || cell.value === null) return;
    lines = Math.max(
      lines,
      linesNeeded(textOf(cell), widths[column] ?? 10, cell.format.bold === true)
    );
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
};

/** A column width in points: Excel draws 7 pixels a character plus 5 of padding (96 pixels to 72 points); LibreOffice measured wider, so 9 are allowed. */
const widthPoints = (widths: readonly number[]): number =>
  widths.reduce((sum, w) => sum + (9 * w + 5) * 0.75, 0);

/** The height one printed page holds at a scale, in the sheet's own points, a tenth spare as printScale leaves. */
export const pagePoints = (scale: number): number => (PRINTABLE_HEIGHT * 0.9 * 100) / scale;

/** The largest whole percentage at which the columns fit one page wide and the given height fits one page tall. */
export const printScale = (widths: readonly number[], firstPagePoints: number): number => {
  const across = PRINTABLE_WIDTH / widthPoints(widths);
  const down = PRINTABLE_HEIGHT / firstPagePoints;
  // A tenth spare: LibreOffice and Excel round widths, heights and margins their own way (measured: a
  // sheet computed to fill the width exactly spilt its last column onto a second page in LibreOffice).
  return Math.max(10, Math.min(100, Math.floor(Math.min(across, down) * 90)));
};
