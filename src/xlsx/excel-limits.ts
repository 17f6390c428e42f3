/**
 * Excel's own limits ("Excel specifications and limits"), used to refuse a damaged or hostile file
 * with a plain sentence instead of running out of memory building its snapshot.
 */
export {
  MAX_COLUMNS as EXCEL_MAX_COLUMNS,
  MAX_ROWS as EXCEL_MAX_ROWS,
} from "../core/write-plan/op-area";
/** A cell holds at most 32,767 characters; a longer one can only come from a file Excel did not write. */
export const EXCEL_MAX_CELL_CHARACTERS = 32_767;
/**
 * The Office.js gateway cannot read more than 5,000,000 cells at once (docs/EXCEL.md#limits), so a used range
 * larger than that is refused here too: both gateways accept the same workbooks.
 */
export const MAX_SNAPSHOT_CELLS = 5_000_000;
