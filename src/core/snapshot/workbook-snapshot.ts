import type { CellValue } from "../model/cell-value";
import type { OwnedRole } from "../rag/write/owned-sheets";

/**
 * One worksheet's used range as plain data. `values[0][0]` sits at worksheet row `firstRow`,
 * column `firstColumn` (both 1-based), so addresses in issues are the worksheet's own.
 */
export interface SheetSnapshot {
  name: string;
  firstRow: number;
  firstColumn: number;
  /** Rectangular; empty cells are null. */
  values: CellValue[][];
  /** Number formats of cells whose format is not "General", by A1 address (dates and percentages need them). */
  numberFormats: Record<string, string>;
  /** Fill colours ("#RRGGBB") of filled cells, by A1 address; only where the read asked for them. */
  fills: Record<string, string>;
  /** Merged areas as A1 ranges ("A3:A10"). */
  merges: string[];
  /** Whether the sheet is protected; writes to it are refused before anything is changed. */
  protected: boolean;
  /** "visible", "hidden" or "veryHidden". */
  visibility: "visible" | "hidden" | "veryHidden";
  /**
   * Dropdowns (list-type data validations) as the reader could see them: each rectangular area and
   * its words in the order the dropdown shows them (an explicit list, or the cells of the range it
   * refers to). They say which words a column uses and in which order. Absent when the reader could
   * not tell.
   */
  lists?: SheetList[];
  /**
   * The role of Plan Tracker's own sheet this is, by the mark the reader found on it (core/owned/
   * sheet-mark.ts); absent on the council's sheets, and on sheets an older Plan Tracker wrote.
   */
  mark?: OwnedRole;
  /**
   * Formulas the file holds with no saved result (a workbook written by a program and never opened in
   * Excel): they read as empty, so what they would show is unknown. Set only by the .xlsx reader, and
   * only when there are some; Excel itself always has a value for every formula.
   */
  uncalculated?: UncalculatedFormulas;
}

/** How many cells on a sheet hold a formula never calculated, and the first of them ("D7"), row by row. */
export interface UncalculatedFormulas {
  cells: number;
  first: string;
}

/** One dropdown's area ("G20:G30") and its words, in order. */
export interface SheetList {
  range: string;
  values: string[];
}

/** What was read and when: a later write re-reads and compares, so a co-author's change is never overwritten. */
export interface SnapshotStamp {
  /** ISO timestamp supplied by the gateway (the core never reads the clock). */
  takenAt: string;
  /** A short hash over every sheet's name, size and values. */
  fingerprint: string;
}

export interface WorkbookSnapshot {
  /** The file name or the workbook's name, for report headers. */
  name: string;
  sheets: SheetSnapshot[];
  /** Plan Tracker's own settings stored in the workbook (custom XML part / workbook settings). */
  settings: Record<string, string>;
  /** The custom XML part holding Plan Tracker's mapping (namespace MAPPING_NAMESPACE), as stored; absent when the workbook has none. */
  mappingXml?: string;
  stamp: SnapshotStamp;
}
