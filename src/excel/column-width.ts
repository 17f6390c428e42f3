/**
 * WritePlan widths are in characters, Excel's own unit in the Column Width dialog; Office.js takes
 * points (RangeFormat.columnWidth, office-js#187). A width of n characters of the default font
 * (Calibri 11, whose widest digit is 7 pixels) is n × 7 pixels plus 5 pixels of padding (ECMA-376
 * §18.3.1.13), and a pixel is 0.75 point at 96 DPI: 8.43 characters → 64 px → 48 pt, Excel's default.
 * So roughly 5.25 points per character plus 3.75; office-js#187 measured 8.43 × 5.75 ≈ 48.5 points.
 */
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export const characterWidthToPoints = (characters: number): number =>
  characters <= 0
    ? 0
    : Math.round((characters * PIXELS_PER_CHARACTER + PADDING_PIXELS) * POINTS_PER_PIXEL * 100) /
      100;

/** Adjacent columns of one width, so "C:E" costs one range proxy instead of three. */
export interface ColumnRun {
  first: number;
  last: number;
  width: number;
}

export const columnRuns = (widths: readonly { column: number; width: number }[]): ColumnRun[] => {
  // The later width for a column wins, as it would if each were set in turn.
  const byColumn = new Map(widths.map(({ column, width }) => [column, width]));
  const runs: ColumnRun[] = [];
  for (const [column, width] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const previous = runs[runs.length - 1];
    if (previous && previous.last + 1 === column && previous.width === width)
      previous.last = column;
    else runs.push({ first: column, last: column, width });
  }
  return runs;
};
