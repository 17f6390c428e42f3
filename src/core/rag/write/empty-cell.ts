import { isBlank } from "../../model/cell-value";
import { cellAt, fillAt } from "../../snapshot/sheet-access";
import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";

// White is how many templates "clear" a cell; it says nothing, so it does not make a cell anyone's.
const NO_COLOUR = /^#?(FF)?FFFFFF$/i;

/**
 * Whether a cell holds nothing: no word and no colour. BCP's owners rate by colour alone, so a
 * coloured cell with no text is a rating as much as a word is, and is never written over (docs/HISTORY.md#issue-11).
 */
export const isEmptyCell = (sheet: SheetSnapshot, row: number, column: number): boolean => {
  if (!isBlank(cellAt(sheet, row, column))) return false;
  const fill = fillAt(sheet, row, column);
  return fill === undefined || fill === "" || NO_COLOUR.test(fill);
};
