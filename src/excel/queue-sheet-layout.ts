/* global Excel */
import { cellAddress, columnLetter, columnNumber } from "../core/model/address";
import type { WriteOp } from "../core/write-plan/write-plan";
import { characterWidthToPoints, columnRuns } from "./column-width";

type ColumnWidthsOp = Extract<WriteOp, { kind: "columnWidths" }>;
type FreezePanesOp = Extract<WriteOp, { kind: "freezePanes" }>;
type PageSetupOp = Extract<WriteOp, { kind: "pageSetup" }>;

/** Widths in characters become points (column-width.ts), one range proxy per run of equal widths (ExcelApi 1.2). */
export const queueColumnWidths = (sheet: Excel.Worksheet, op: ColumnWidthsOp): void => {
  for (const run of columnRuns(
    op.widths.map((w) => ({ column: columnNumber(w.column), width: w.width }))
  )) {
    // A whole-column range is fine for a format property (only values need a bounded range, docs/EXCEL.md#reading-and-writing).
    sheet.getRange(`${columnLetter(run.first)}:${columnLetter(run.last)}`).format.columnWidth =
      characterWidthToPoints(run.width);
  }
  // One proxy per run of consecutive rows sharing a height (only rows of wrapped text are listed).
  const heights = [...(op.rowHeights ?? [])].sort((a, b) => a.row - b.row);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (
      j + 1 < heights.length &&
      heights[j + 1].row === heights[j].row + 1 &&
      heights[j + 1].height === heights[i].height
    )
      j += 1;
    sheet.getRange(`${heights[i].row}:${heights[j].row}`).format.rowHeight = heights[i].height;
    i = j + 1;
  }
};

/** Header rows and the label columns stay in view while the person scrolls (ExcelApi 1.7). */
export const queueFreezePanes = (sheet: Excel.Worksheet, op: FreezePanesOp): void => {
  const panes = sheet.freezePanes;
  if (op.rows > 0 && op.columns > 0) panes.freezeAt(`A1:${cellAddress(op.rows, op.columns)}`);
  else if (op.rows > 0) panes.freezeRows(op.rows);
  else if (op.columns > 0) panes.freezeColumns(op.columns);
  else panes.unfreeze();
};

/**
 * Print-ready (ExcelApi 1.9): A4 always (English councils print A4), the orientation asked for, N
 * pages wide and as many tall as it takes (verticalFitToPages 0) or a fixed scale with manual row
 * breaks (horizontalPageBreaks, also 1.9), the header rows repeated on every
 * page, and a centred footer that may use Excel's codes &P (page), &N (pages), &D (date), &T (time).
 */
export const queuePageSetup = (sheet: Excel.Worksheet, op: PageSetupOp): void => {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom =
    op.scale !== undefined
      ? { scale: op.scale }
      : { horizontalFitToPages: op.fitToPagesWide, verticalFitToPages: 0 };
  // The breaks given replace the sheet's manual ones; a break is added at the row that starts the new page.
  if (op.rowBreaks !== undefined) {
    sheet.horizontalPageBreaks.removePageBreaks();
    for (const row of op.rowBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
  }
  if (op.printTitleRows !== undefined)
    layout.setPrintTitleRows(op.printTitleRows.replace(/\$/g, "").replace(/(\d+)/g, "$$$1"));
  if (op.footer !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = op.footer;
};
