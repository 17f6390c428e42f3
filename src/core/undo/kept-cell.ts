import type { CellValue } from "../model/cell-value";

/**
 * A cell as it was before a run wrote into a sheet Plan Tracker does not own: everything a RAG
 * refresh can change there (value, number format, fill, text colour and weight), so "Undo last run"
 * puts it back exactly (docs/HISTORY.md#issue-6-3).
 */
export interface KeptCellState {
  value: CellValue;
  /** The cell's formula ("=IF(F5>=1,…)") when it had one: it is put back instead of its result. */
  formula: string | null;
  /** "General" when the cell had no number format of its own. */
  numberFormat: string;
  /** "#RRGGBB", or null for no fill; absent where the host could not read fills (Excel before ExcelApi 1.9). */
  fill?: string | null;
  /** "#RRGGBB", or null for Excel's automatic text colour; absent where it could not be read. */
  fontColour?: string | null;
  /** Absent where it could not be read. */
  bold?: boolean;
  /**
   * The .xlsx executor's own note of the cell's whole style (JSON), so it restores theme colours,
   * borders and alignment byte for byte; other hosts ignore it and use the fields above.
   */
  style?: string;
  /** The value was an error (#REF!, #N/A …), not text that reads like one. */
  error?: boolean;
  /** The link the cell held. */
  link?: KeptLink;
  /** The .xlsx executor's own note of formatted runs of text (JSON); other hosts put back the plain text. */
  runs?: string;
}

export interface KeptLink {
  /** A web page, an e-mail address, or a place in the workbook ("#'Plan'!A1"). */
  address: string;
  tip?: string;
}

/** A kept cell with where it is and what Plan Tracker wrote there (the co-author guard on undo). */
export interface KeptCell extends KeptCellState {
  sheet: string;
  row: number;
  column: number;
  /** The value the run left in the cell: undo refuses if someone has changed it since. */
  written: CellValue;
}
