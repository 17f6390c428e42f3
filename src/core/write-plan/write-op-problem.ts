/**
 * Excel's limits on what a WritePlan may ask for (Excel specifications and limits), in one place for
 * the Office.js and the .xlsx executors.
 */
import {
  columnNumber,
  parseCellAddress,
  parseRangeAddress,
  qualifiedAddress,
  rangeAddress,
} from "../model/address";
import { isRowOp, opRows } from "./chunk-write-plan";
import { insideGrid, MAX_COLUMNS, MAX_ROWS, rangeAreasOf, rangeOpArea, rowOpArea } from "./op-area";
import type { CellFormat, ChartSpec, WriteOp } from "./write-plan";

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's column width limit: 255 characters (Excel specifications and limits). */
const MAX_COLUMN_WIDTH = 255;
/** A header or footer section holds at most 255 characters (Excel specifications and limits). */
const MAX_FOOTER_LENGTH = 255;
/** Excel's Page Setup accepts 1 to 32,767 pages for "fit to". */
const MAX_FIT_PAGES = 32_767;
const HORIZONTAL = ["left", "center", "right"];
const VERTICAL = ["top", "center", "bottom"];
const CHART_TYPES: ChartSpec["chartType"][] = ["barStacked", "columnClustered", "line"];

const isRectangle = (rows: readonly (readonly unknown[])[]): boolean =>
  rows.length > 0 &&
  rows[0].length > 0 &&
  rows.every((row) => Array.isArray(row) && row.length === rows[0].length);

const isCount = (n: unknown, max: number): boolean =>
  typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max;

const badCellFormat = (format: CellFormat | null): boolean =>
  format !== null &&
  ((format.fontColour !== undefined && !COLOUR.test(format.fontColour)) ||
    (format.horizontal !== undefined && !HORIZONTAL.includes(format.horizontal)) ||
    (format.vertical !== undefined && !VERTICAL.includes(format.vertical)));

const isColumn = (letters: string): boolean =>
  /^[A-Za-z]{1,3}$/.test(letters) && columnNumber(letters) <= MAX_COLUMNS;

/** "1:4" or "$1:$4": whole rows, as Excel's Print Titles want them. */
const isRowSpan = (rows: string): boolean => {
  const match = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(rows.trim());
  return (
    match !== null &&
    Number(match[1]) >= 1 &&
    Number(match[2]) >= Number(match[1]) &&
    Number(match[2]) <= MAX_ROWS
  );
};

const chartProblem = (sheet: string, chart: ChartSpec): string | null => {
  const source = parseRangeAddress(chart.source.replace(/\$/g, ""));
  const where = `the chart "${chart.title}" on "${sheet}"`;
  if (!CHART_TYPES.includes(chart.chartType))
    return `${where} has a chart type Plan Tracker does not draw`;
  if (!source || !insideGrid(source))
    return `${where} draws from "${chart.source}", which is not a bounded range`;
  // A header row and a category column, and at least one row and column of numbers.
  if (source.bottom - source.top < 1 || source.right - source.left < 1)
    return `${where} draws from "${chart.source}", which has no room for a header row and a category column`;
  const from = parseCellAddress(chart.topLeft);
  const to = parseCellAddress(chart.bottomRight);
  if (
    !from ||
    !to ||
    !insideGrid({ top: from.row, left: from.column, bottom: to.row, right: to.column })
  )
    return `${where} is placed at cells that are not addresses`;
  if (to.row < from.row || to.column < from.column)
    return `${where} ends above or left of where it starts`;
  if ((chart.seriesColours ?? []).some((colour) => !COLOUR.test(colour)))
    return `${where} has a series colour that is not like #D4351C`;
  return null;
};

/**
 * What is wrong with one operation of a WritePlan, in words, or null: the limits of Excel's grid,
 * widths, page setup, charts and colours, checked the same way by both executors before either
 * changes anything. A problem here is a Plan Tracker bug, never the person's.
 */
export const writeOpProblem = (op: WriteOp): string | null => {
  if (typeof op.sheet !== "string" || op.sheet.trim() === "") return "an operation names no sheet";
  if (op.kind === "ensureSheet" || op.kind === "clearSheet" || op.kind === "clearHighlighting") {
    return op.sheet.length > 31 || /[:\\/?*[\]]/.test(op.sheet)
      ? `"${op.sheet}" is not a name Excel allows for a sheet`
      : null;
  }
  if (isRowOp(op)) {
    const rows = opRows(op);
    const where = qualifiedAddress(op.sheet, op.topLeft);
    if (!isRectangle(rows)) return `the ${op.kind} for ${where} are not a rectangle of cells`;
    const area = rowOpArea(op);
    if (!area || area.top < 1 || area.left < 1) return `"${op.topLeft}" is not a cell address`;
    if (!insideGrid(area)) return `the ${op.kind} for ${where} run past the edge of the sheet`;
    if ((op.kind === "values" || op.kind === "restoreCells") && op.expected !== undefined) {
      if (
        op.expected.length !== rows.length ||
        op.expected.some((row) => row.length !== rows[0].length)
      ) {
        return `the values read earlier for ${where} are not the same size as the values to write`;
      }
    }
    // null leaves a fill, "" removes it; anything else must be a colour.
    if (
      op.kind === "fills" &&
      op.colours.some((row) =>
        row.some((colour) => colour !== null && colour !== "" && !COLOUR.test(colour))
      )
    ) {
      return `a fill for ${where} is not a colour like #D4351C`;
    }
    if (op.kind === "cellFormats" && op.formats.some((row) => row.some(badCellFormat))) {
      return `a cell format for ${where} has a colour or alignment Excel does not know`;
    }
    return null;
  }
  switch (op.kind) {
    case "columnWidths": {
      const bad = op.widths.find(
        (w) =>
          !isColumn(w.column) ||
          !Number.isFinite(w.width) ||
          w.width < 0 ||
          w.width > MAX_COLUMN_WIDTH
      );
      if (bad)
        return `the width ${String(bad.width)} for column "${bad.column}" on "${op.sheet}" is not 0 to 255 characters`;
      const tall = (op.rowHeights ?? []).find(
        (h) =>
          !isCount(h.row, MAX_ROWS) ||
          h.row < 1 ||
          !Number.isFinite(h.height) ||
          h.height <= 0 ||
          h.height > 409
      );
      return tall
        ? `the height ${String(tall.height)} for row ${String(tall.row)} on "${op.sheet}" is not a row height Excel allows (up to 409 points)`
        : null;
    }
    case "freezePanes":
      return isCount(op.rows, MAX_ROWS - 1) && isCount(op.columns, MAX_COLUMNS - 1)
        ? null
        : `the frozen panes on "${op.sheet}" are not whole numbers of rows and columns`;
    case "pageSetup":
      if (op.orientation !== "landscape" && op.orientation !== "portrait")
        return `the page orientation for "${op.sheet}" is neither landscape nor portrait`;
      if (!isCount(op.fitToPagesWide, MAX_FIT_PAGES) || op.fitToPagesWide < 1)
        return `the print setup for "${op.sheet}" fits to ${String(op.fitToPagesWide)} pages wide, not 1 to 32,767`;
      if (op.printTitleRows !== undefined && !isRowSpan(op.printTitleRows))
        return `the print title rows "${op.printTitleRows}" for "${op.sheet}" are not rows like 1:4`;
      if (op.footer !== undefined && op.footer.length > MAX_FOOTER_LENGTH)
        return `the footer for "${op.sheet}" is longer than Excel's 255 characters`;
      if (
        op.scale !== undefined &&
        (!Number.isInteger(op.scale) || op.scale < 10 || op.scale > 400)
      )
        return `the print scale ${String(op.scale)}% for "${op.sheet}" is not a whole 10 to 400`;
      if ((op.rowBreaks ?? []).some((row) => !isCount(row, MAX_ROWS) || row < 2))
        return `a page break on "${op.sheet}" is not before a row from 2 to ${MAX_ROWS}`;
      return null;
    case "chart":
      return chartProblem(op.sheet, op.chart);
    case "conditionalFormat": {
      const areas = rangeAreasOf(op.range);
      if (!areas || !areas.every(insideGrid))
        return `"${op.range}" is not a bounded range on "${op.sheet}"`;
      const where = qualifiedAddress(op.sheet, areas.map(rangeAddress).join(","));
      if (op.rule.formula.trim() === "")
        return `the conditional format for ${where} has no formula`;
      if (
        !COLOUR.test(op.rule.fill) ||
        (op.rule.fontColour !== undefined && !COLOUR.test(op.rule.fontColour))
      ) {
        return `the conditional format for ${where} has a colour that is not like #D4351C`;
      }
      return null;
    }
    case "listValidation": {
      const area = rangeOpArea(op);
      if (!area || !insideGrid(area))
        return `"${op.range}" is not a bounded range on "${op.sheet}"`;
      return op.source.trim() === ""
        ? `the dropdown for ${op.range} on "${op.sheet}" has no list`
        : null;
    }
    case "removeConditionalFormat": {
      const areas = rangeAreasOf(op.range);
      return !areas || !areas.every(insideGrid)
        ? `"${op.range}" is not a bounded range on "${op.sheet}"`
        : null;
    }
    case "restoreValidation": {
      const area = rangeOpArea(op);
      return !area || !insideGrid(area)
        ? `"${op.range}" is not a bounded range on "${op.sheet}"`
        : null;
    }
  }
};

/** The one sentence both executors give when they refuse a WritePlan before changing anything. */
export const refusedWriteSentence = (problem: string): string =>
  `Plan Tracker prepared a change it cannot write (${problem}), so nothing was written; please report this.`;
