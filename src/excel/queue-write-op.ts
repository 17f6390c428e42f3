/* global Excel */
import { rangeAddress, type RangeArea } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { fillRectangles } from "./fill-rectangles";
import { sparseBlocks } from "../core/write-plan/sparse-blocks";
import { CALL_BYTES, splitLayer } from "./format-layers";
import { blockArea, rangeOpArea, rowOpArea } from "../core/write-plan/op-area";
import { queueCellFormats } from "./queue-cell-formats";
import { deleteCharts, emptySheetCharts, queueChart, type SheetCharts } from "./queue-chart";
import { queueConditionalFormat } from "./queue-conditional-format";
import { queueColumnWidths, queueFreezePanes, queuePageSetup } from "./queue-sheet-layout";

/**
 * Text Excel could read as something else when written as if typed: anything with a digit (ref
 * "2.10" → 2.1, "Apr-18" → a date, "5%", "1/2"), a leading = + - @ (a formula), # (an error value
 * such as #N/A), ' (itself a prefix), or TRUE/FALSE.
 */
const COULD_BE_READ_AS_MORE = /\d|^[=+\-@#']|^\s*(true|false)\s*$/i;

/**
 * What Excel is given for a cell: null leaves it as it was (Office.js ignores null in a 2-D update,
 * and a WritePlan's null means "leave alone"), "" empties it. Text that Excel
 * could misread goes with Excel's text prefix ', which is not part of the stored value; other text
 * goes as it is, because in a cell formatted as Text (@) Excel keeps the prefix as a character
 * (so "▲ Red" written into a council's Text-formatted Status cell would read "'▲ Red").
 */
export const toExcelValue = (value: CellValue): string | number | boolean | null => {
  if (value === null) return null;
  if (typeof value === "string" && COULD_BE_READ_AS_MORE.test(value)) return `'${value}`;
  return value;
};

// In a fills block, null leaves a cell's fill as it is and "" removes it (the .xlsx executor agrees).
const painted = (colour: string | null): colour is string => colour !== null && colour !== "";

/** {"format":{"fill":{"color":"#D4351C"}}}: a painted cell inside setCellProperties. */
export const PAINTED_CELL_BYTES = 40;

/** The painted cells of a fills block, as rectangles worth a range each and the rest per cell (format-layers.ts). */
export const fillLayers = (area: RangeArea, colours: readonly (readonly (string | null)[])[]) =>
  splitLayer(
    area.top,
    area.left,
    colours.map((row) => row.map((colour) => (painted(colour) ? colour.toUpperCase() : undefined))),
    () => 2 * CALL_BYTES,
    () => PAINTED_CELL_BYTES
  );

const queueFills = (
  sheet: Excel.Worksheet,
  op: Extract<WriteOp, { kind: "fills" }>,
  area: RangeArea,
  support: ExcelApiSupport
): void => {
  // Cells to clear, as few rectangles as possible (a RAG column clears in a handful).
  for (const rectangle of fillRectangles(area.top, area.left, op.colours))
    if (rectangle.colour === "") sheet.getRange(rangeAddress(rectangle.area)).format.fill.clear();
  if (support.cellProperties) {
    // A header row or a uniform band is one range; a RAG column, changing colour row by row, is
    // setCellProperties over the cells painted (ExcelApi 1.9, docs/EXCEL.md#reading-and-writing): whichever is fewer bytes.
    const { rectangles, perCell } = fillLayers(area, op.colours);
    for (const { area: rectangle, value } of rectangles)
      sheet.getRange(rangeAddress(rectangle)).format.fill.color = value;
    const rest = op.colours.map((row, r) =>
      row.map((colour, c) => (perCell[r][c] ? colour : null))
    );
    for (const block of sparseBlocks(rest))
      sheet
        .getRange(rangeAddress(blockArea(area, block)))
        .setCellProperties(
          block.rows.map((row) =>
            row.map((colour) => (painted(colour) ? { format: { fill: { color: colour } } } : {}))
          )
        );
    return;
  }
  for (const rectangle of fillRectangles(area.top, area.left, op.colours))
    if (rectangle.colour !== null && rectangle.colour !== "")
      sheet.getRange(rangeAddress(rectangle.area)).format.fill.color = rectangle.colour;
};

/**
 * Queue the Excel calls for one operation (no sync here: the caller syncs once per chunk).
 * ensureSheet is the caller's, since it changes which worksheet proxies exist. `charts` holds the
 * sheet's charts as the preflight found them, for clearSheet and for charts that replace their own.
 * Operations this Excel cannot do never reach here (unsupported-ops.ts).
 */
export const queueWriteOp = (
  sheet: Excel.Worksheet,
  op: WriteOp,
  support: ExcelApiSupport,
  charts: SheetCharts = emptySheetCharts()
): void => {
  switch (op.kind) {
    case "ensureSheet":
      return;
    case "clearSheet":
      sheet.getUsedRange().clear();
      // Clear (All) leaves charts; a sheet Plan Tracker rebuilds must not keep the last run's.
      deleteCharts(charts);
      return;
    case "numberFormats": {
      const area = rowOpArea(op);
      if (area) sheet.getRange(rangeAddress(area)).numberFormat = op.formats;
      return;
    }
    case "values": {
      const area = rowOpArea(op);
      if (area)
        sheet.getRange(rangeAddress(area)).values = op.values.map((row) => row.map(toExcelValue));
      return;
    }
    case "fills": {
      const area = rowOpArea(op);
      if (area) queueFills(sheet, op, area, support);
      return;
    }
    case "cellFormats": {
      const area = rowOpArea(op);
      if (area) queueCellFormats(sheet, area, op.formats, support.cellProperties);
      return;
    }
    case "conditionalFormat":
      queueConditionalFormat(sheet, op, support.rangeAreas);
      return;
    case "listValidation": {
      const area = rangeOpArea(op);
      if (!area) return;
      const validation = sheet.getRange(rangeAddress(area)).dataValidation;
      // Excel will not lay a rule over a different one; these cells are ours to set (docs/EXCEL.md#data-validation).
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: op.source } };
      return;
    }
    case "columnWidths":
      queueColumnWidths(sheet, op);
      return;
    case "freezePanes":
      queueFreezePanes(sheet, op);
      return;
    case "pageSetup":
      queuePageSetup(sheet, op);
      return;
    case "chart":
      queueChart(sheet, op.chart, charts);
      return;
    case "restoreCells":
    case "removeConditionalFormat":
    case "restoreValidation":
      // Undo last run's operations are queued by queue-undo-op.ts.
      return;
    case "clearHighlighting":
      // Deleted in write-in-chunks.ts, from the rules the preflight found (own-highlighting.ts).
      return;
  }
};
