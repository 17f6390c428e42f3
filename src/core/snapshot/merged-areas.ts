import { parseRangeAddress, type RangeArea } from "../model/address";
import type { SheetSnapshot } from "./workbook-snapshot";

/**
 * A sheet's merged areas as rows and columns. A "merge" of one cell merges nothing, and an address
 * the reader could not parse says nothing about where cells are, so both are left out.
 */
export const mergedAreasOf = (sheet: SheetSnapshot): RangeArea[] =>
  sheet.merges
    .map(parseRangeAddress)
    .filter(
      (area): area is RangeArea =>
        area !== null && (area.top !== area.bottom || area.left !== area.right)
    );

/** Whether the area takes in any cell of the column between two rows (inclusive). */
export const crossesColumn = (
  area: RangeArea,
  column: number,
  top: number,
  bottom: number
): boolean =>
  area.left <= column && area.right >= column && area.top <= bottom && area.bottom >= top;
