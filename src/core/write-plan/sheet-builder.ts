import { cellAddress, columnLetter } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { sparseBlocks } from "./sparse-blocks";
import type { CellFormat, WriteOp } from "./write-plan";

/** Row heights per columnWidths operation: at about a kilobyte each in Office.js, a couple of megabytes. */
const HEIGHTS_PER_OP = 2_000;

/** A cell of a sheet Plan Tracker owns: a value and how it looks. */
export interface StyledCell {
  value: CellValue;
  fill?: string;
  format?: CellFormat;
  numberFormat?: string;
}

const isStyled = (cell: StyledCell | CellValue): cell is StyledCell =>
  typeof cell === "object" && cell !== null;

/**
 * Lays out a sheet Plan Tracker owns (ratings, lists, the board report) row by row and turns it into
 * block operations: number formats before values (docs/EXCEL.md#reading-and-writing), then fills and formats in bulk, so
 * the executor needs a few large calls rather than one per cell.
 */
export class SheetBuilder {
  private readonly rows: StyledCell[][] = [];
  private widths = new Map<number, number>();
  private heights = new Map<number, number>();

  constructor(readonly sheet: string) {}

  /** The worksheet row the next `row()` call writes. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  row(cells: (StyledCell | CellValue)[]): number {
    this.rows.push(cells.map((cell) => (isStyled(cell) ? cell : { value: cell })));
    return this.rows.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i += 1) this.rows.push([]);
  }

  width(column: number, characters: number): void {
    this.widths.set(column, characters);
  }

  /** A row's height in points, where the caller has measured it (the board report wraps word by word). */
  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  /** A1 address of a cell written so far (for charts and formulas that point into the sheet). */
  address(row: number, column: number): string {
    return cellAddress(row, column);
  }

  /**
   * The sheet is cleared first (it is Plan Tracker's own), so every cell is already General, unfilled
   * and unformatted: number formats, fills and formats go only where a cell has one, each in a few
   * blocks around those cells (sparse-blocks.ts), so a 100,000-row register does not send "General"
   * and "leave alone" a million times over. Values go as one block.
   */
  toOps(): WriteOp[] {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    const ops: WriteOp[] = [];
    if (this.rows.length === 0) return ops;
    const sheet = this.sheet;
    const setting = <T>(pick: (cell: StyledCell) => T | undefined) =>
      sparseBlocks(this.rows.map((r) => r.map(pick)));
    // Number formats before values (docs/EXCEL.md#reading-and-writing).
    for (const { topLeft, rows } of setting((c) => c.numberFormat))
      ops.push({ kind: "numberFormats", sheet, topLeft, formats: rows });
    ops.push({
      kind: "values",
      sheet,
      topLeft: "A1",
      values: this.rows.map((r) =>
        Array.from({ length: width }, (_, c) => (r[c] ? r[c].value : null))
      ),
    });
    for (const { topLeft, rows } of setting((c) => c.fill))
      ops.push({ kind: "fills", sheet, topLeft, colours: rows });
    for (const { topLeft, rows } of setting((c) => c.format))
      ops.push({ kind: "cellFormats", sheet, topLeft, formats: rows });
    const rowHeights = this.rowHeights();
    if (this.widths.size > 0 || rowHeights.length > 0)
      ops.push({
        kind: "columnWidths",
        sheet: this.sheet,
        widths: [...this.widths]
          .sort((a, b) => a[0] - b[0])
          .map(([column, w]) => ({ column: columnLetter(column), width: w })),
        ...(rowHeights.length > 0 ? { rowHeights: rowHeights.slice(0, HEIGHTS_PER_OP) } : {}),
      });
    // Each height is a call in Office.js: a long sheet's heights go as several operations, so the
    // chunker can spread them over requests under 4 MB (docs/EXCEL.md#limits).
    for (let start = HEIGHTS_PER_OP; start < rowHeights.length; start += HEIGHTS_PER_OP)
      ops.push({
        kind: "columnWidths",
        sheet: this.sheet,
        widths: [],
        rowHeights: rowHeights.slice(start, start + HEIGHTS_PER_OP),
      });
    return ops;
  }

  /**
   * Heights for rows whose wrapped text needs several lines at the set column widths: Excel and
   * LibreOffice do not re-fit row heights of a file they open, so wrapped text would overlap.
   */
  private rowHeights(): { row: number; height: number }[] {
    const heights: { row: number; height: number }[] = [];
    this.rows.forEach((cells, index) => {
      let lines = 1;
      cells.forEach((cell, c) => {
        if (!cell.format?.wrap || typeof cell.value !== "string") return;
        const width = Math.max(4, (this.widths.get(c + 1) ?? 10) - 1);
        const needed = cell.value
          .split("\n")
          .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
        lines = Math.max(lines, needed);
      });
      // 15 points a line in the default font; Excel's maximum row height is 409 points.
      const given = this.heights.get(index + 1);
      if (given !== undefined) {
        if (given !== 15) heights.push({ row: index + 1, height: given });
      } else if (lines > 1) heights.push({ row: index + 1, height: Math.min(409, lines * 15) });
    });
    return heights;
  }
}
