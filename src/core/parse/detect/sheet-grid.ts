import { cellAddress } from "../../model/address";
import type { CellRef } from "../../model/action";
import { type CellValue, cellText, isBlank } from "../../model/cell-value";
import { parseRangeAddress } from "../../model/address";
import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import { cellAt, lastColumn, lastRow } from "../../snapshot/sheet-access";

/** Header wording compared as DOMAIN §2.5 says: trimmed, whitespace (incl. U+00A0) collapsed, any case. */
export const headerKey = (text: string): string =>
  text.replace(/[\s\u00a0]+/g, " ").trim().replace(/:$/, "").trim().toLowerCase();

// Merges larger than this are page furniture (whole-column merges), not table structure.
const MAX_MERGE_CELLS = 20_000;

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
  private readonly mergeOrigin = new Map<number, { row: number; column: number }>();

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.firstRow = sheet.firstRow;
    this.lastRow = lastRow(sheet);
    this.firstColumn = sheet.firstColumn;
    this.lastColumn = Math.max(lastColumn(sheet), sheet.firstColumn);
    for (const merge of sheet.merges) {
      const area = parseRangeAddress(merge);
      if (!area) continue;
      if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_MERGE_CELLS) continue;
      for (let row = area.top; row <= area.bottom; row += 1)
        for (let column = area.left; column <= area.right; column += 1)
          if (row !== area.top || column !== area.left) this.mergeOrigin.set(this.key(row, column), { row: area.top, column: area.left });
    }
  }

  private key(row: number, column: number): number {
    return row * 20_000 + column;
  }

  value(row: number, column: number): CellValue {
    return cellAt(this.sheet, row, column);
  }

  text(row: number, column: number): string {
    const value = this.value(row, column);
    return typeof value === "string" ? value.trim() : cellText(value);
  }

  blank(row: number, column: number): boolean {
    return isBlank(this.value(row, column));
  }

  /** The merge's top-left when this cell is covered by a merge, else null. */
  mergedFrom(row: number, column: number): { row: number; column: number } | null {
    return this.mergeOrigin.get(this.key(row, column)) ?? null;
  }

  numberFormat(row: number, column: number): string | undefined {
    return this.sheet.numberFormats[cellAddress(row, column)];
  }

  fill(row: number, column: number): string | undefined {
    return this.sheet.fills[cellAddress(row, column)];
  }

  ref(row: number, column: number): CellRef {
    return { sheet: this.name, row, column, address: cellAddress(row, column), value: this.value(row, column) };
  }

  /** Columns of the row that hold something, left to right. */
  filledColumns(row: number): number[] {
    const columns: number[] = [];
    const values = this.sheet.values[row - this.firstRow];
    if (!values) return columns;
    for (let index = 0; index < values.length; index += 1)
      if (!isBlank(values[index])) columns.push(index + this.firstColumn);
    return columns;
  }
}
