import type { CellValue } from "../model/cell-value";
import type { SnapshotStamp } from "../snapshot/workbook-snapshot";
import type { KeptCellState } from "../undo/kept-cell";
import type { KeptValidation } from "../undo/kept-validation";
import type { OwnedRole } from "../rag/write/owned-sheets";

/**
 * What the core asks a gateway to change, as data. Called WritePlan, never "plan": in this product
 * "plan" is the council's improvement plan.
 */
export type CfRule =
  /** Fill the cell when the formula (written for the range's top-left cell) is true. */
  { kind: "formula"; formula: string; fill: string; fontColour?: string; priority?: number };

/** How a cell looks beyond its fill: text colour and weight (AA contrast on RAG fills), wrapping, alignment. */
export interface CellFormat {
  fontColour?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** A thin border on all four sides (plain table structure for screen readers and print). */
  border?: boolean;
}

/** A native Excel chart built from a range on the same sheet (the board report's RAG mix, target vs actual). */
export interface ChartSpec {
  chartType: "barStacked" | "columnClustered" | "line";
  /** A1 range including the header row and the category column, e.g. "A30:G38". */
  source: string;
  /** Series are the columns after the first (categories in the first column), or the rows. */
  seriesBy: "columns" | "rows";
  title: string;
  /** Text for screen readers (WCAG 1.1.1). */
  altText: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
  /** One colour per series, in order (RAG colours for the RAG mix); absent = Excel's palette. */
  seriesColours?: string[];
}

export type WriteOp =
  /**
   * Create the sheet if it is not there. With `mark`, it is Plan Tracker's sheet for that role: the
   * executor marks it so (core/owned/sheet-mark.ts), also when an older Plan Tracker made it unmarked.
   */
  | { kind: "ensureSheet"; sheet: string; mark?: OwnedRole }
  | { kind: "clearSheet"; sheet: string }
  /** null leaves a cell's number format as it is; "" or "General" resets it. */
  | { kind: "numberFormats"; sheet: string; topLeft: string; formats: (string | null)[][] }
  /**
   * `expected` holds what the cells held when they were read: the executor re-reads them first and
   * writes nothing if a co-author changed them since (docs/EXCEL.md#coauthoring).
   */
  | {
      kind: "values";
      sheet: string;
      topLeft: string;
      values: CellValue[][];
      expected?: CellValue[][];
    }
  | { kind: "fills"; sheet: string; topLeft: string; colours: (string | null)[][] }
  /** `range` may hold several areas separated by commas ("C37,E37,G37"): one rule over scattered Actual cells. */
  | { kind: "conditionalFormat"; sheet: string; range: string; rule: CfRule }
  /**
   * Before a refresh's highlighting: remove every rule on the sheet that an earlier Refresh RAG wrote
   * (recognised by its formula, core/rag/write/highlighting-signature.ts), so each refresh replaces
   * the last one's set instead of stacking another; the council's own rules stay. Undo puts them back.
   */
  | { kind: "clearHighlighting"; sheet: string }
  | { kind: "listValidation"; sheet: string; range: string; source: string }
  | { kind: "cellFormats"; sheet: string; topLeft: string; formats: (CellFormat | null)[][] }
  /**
   * Widths in characters (Excel's own unit in the column-width dialog), and heights in points of rows
   * whose wrapped text needs more than one line (Excel does not re-fit rows of a file it opens).
   */
  | {
      kind: "columnWidths";
      sheet: string;
      widths: { column: string; width: number }[];
      rowHeights?: { row: number; height: number }[];
    }
  | { kind: "freezePanes"; sheet: string; rows: number; columns: number }
  /**
   * Print-ready: A4, orientation, fit to N pages wide, header rows repeated, footer text (&P page, &N pages, &D date).
   * With `scale` (percent) the sheet prints at that size instead of being fitted, because Excel ignores manual
   * page breaks on a fitted sheet; `rowBreaks` are the rows that start a new printed page, replacing any before.
   */
  | {
      kind: "pageSetup";
      sheet: string;
      orientation: "landscape" | "portrait";
      fitToPagesWide: number;
      printTitleRows?: string;
      footer?: string;
      scale?: number;
      rowBreaks?: number[];
    }
  | { kind: "chart"; sheet: string; chart: ChartSpec }
  /**
   * Undo last run (src/core/undo): put each cell back exactly as kept, formula or value, number
   * format, fill and font, refusing like `values` if a cell no longer holds what the run wrote.
   */
  | {
      kind: "restoreCells";
      sheet: string;
      topLeft: string;
      cells: KeptCellState[][];
      expected: CellValue[][];
    }
  /** Undo last run: remove one rule a `conditionalFormat` op added (the same range and rule), leaving every other. */
  | { kind: "removeConditionalFormat"; sheet: string; range: string; rule: CfRule }
  /** Undo last run: clear the validation on the range and lay back the rule that was there (null: none). */
  | { kind: "restoreValidation"; sheet: string; range: string; rule: KeptValidation | null };

export interface WritePlan {
  /** The snapshot the plan was computed from; the executor re-reads and refuses if the cells moved. */
  basedOn: SnapshotStamp;
  ops: WriteOp[];
  /** What the run is called where it can be undone ("Refresh RAG as of 31 Jan 2023"). */
  label?: string;
}
