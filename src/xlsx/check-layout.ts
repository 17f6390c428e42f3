import { columnNumber, parseCellAddress, parseRangeAddress } from "../core/model/address";
import type { CellFormat, WriteOp } from "../core/write-plan/write-plan";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./excel-limits";

/**
 * What is wrong with a layout or chart operation, in words the person can pass on, or null; the
 * .xlsx executor refuses the whole plan before changing anything (as the Office.js one does).
 */
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's limits: column width 0 to 255 characters; a header or footer of 255 characters; fit to 1 to 32,767 pages. */
const MAX_COLUMN_WIDTH = 255;
const MAX_FOOTER_LENGTH = 255;
const MAX_FIT_PAGES = 32_767;
const HORIZONTAL = ["left", "center", "right"];
const VERTICAL = ["top", "center", "bottom"];
const CHART_TYPES = ["barStacked", "columnClustered", "line"];

const isCount = (n: number, max: number): boolean => Number.isInteger(n) && n >= 0 && n <= max;

const badFormat = (format: CellFormat | null): boolean =>
  format !== null &&
  ((format.fontColour !== undefined && !COLOUR.test(format.fontColour)) ||
    (format.horizontal !== undefined && !HORIZONTAL.includes(format.horizontal)) ||
    (format.vertical !== undefined && !VERTICAL.includes(format.vertical)));

const inGrid = (row: number, column: number): boolean => row >= 1 && column >= 1 && row <= EXCEL_MAX_ROWS && column <= EXCEL_MAX_COLUMNS;

export const layoutProblem = (op: WriteOp): string | null => {
  const on = `on the sheet '${op.sheet}'`;
  switch (op.kind) {
    case "cellFormats":
      return op.formats.some((row) => row.some(badFormat)) ? `A cell format for ${op.topLeft} ${on} has a colour or alignment Excel does not know` : null;
    case "columnWidths": {
      const bad = op.widths.find((w) => !/^[A-Za-z]{1,3}$/.test(w.column) || columnNumber(w.column) > EXCEL_MAX_COLUMNS || !Number.isFinite(w.width) || w.width < 0 || w.width > MAX_COLUMN_WIDTH);
      if (bad) return `The width ${String(bad.width)} for column '${bad.column}' ${on} is not 0 to 255 characters`;
      const tall = (op.rowHeights ?? []).find((h) => !Number.isInteger(h.row) || h.row < 1 || h.row > EXCEL_MAX_ROWS || !Number.isFinite(h.height) || h.height <= 0 || h.height > 409);
      return tall ? `The height ${String(tall.height)} for row ${String(tall.row)} ${on} is not a row height Excel allows (up to 409 points)` : null;
    }
    case "freezePanes":
      return isCount(op.rows, EXCEL_MAX_ROWS - 1) && isCount(op.columns, EXCEL_MAX_COLUMNS - 1) ? null : `The frozen panes ${on} are not whole numbers of rows and columns`;
    case "pageSetup": {
      if (op.orientation !== "landscape" && op.orientation !== "portrait") return `The page orientation ${on} is neither landscape nor portrait`;
      if (!isCount(op.fitToPagesWide, MAX_FIT_PAGES) || op.fitToPagesWide < 1) return `The print setup ${on} fits to ${String(op.fitToPagesWide)} pages wide, not 1 to 32,767`;
      const rows = op.printTitleRows === undefined ? null : /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(op.printTitleRows.trim());
      if (op.printTitleRows !== undefined && (!rows || Number(rows[1]) < 1 || Number(rows[2]) < Number(rows[1]) || Number(rows[2]) > EXCEL_MAX_ROWS)) {
        return `The print title rows '${op.printTitleRows}' ${on} are not rows like 1:4`;
      }
      return op.footer !== undefined && op.footer.length > MAX_FOOTER_LENGTH ? `The footer ${on} is longer than Excel's 255 characters` : null;
    }
    case "chart": {
      const { chart } = op;
      const where = `The chart '${chart.title}' ${on}`;
      if (!CHART_TYPES.includes(chart.chartType)) return `${where} has a chart type Plan Tracker does not draw`;
      const source = parseRangeAddress(chart.source.replace(/\$/g, ""));
      if (!source || !inGrid(source.bottom, source.right)) return `${where} draws from '${chart.source}', which is not a range of cells`;
      if (source.bottom <= source.top || source.right <= source.left) return `${where} draws from '${chart.source}', which has no room for a header row and a category column`;
      const from = parseCellAddress(chart.topLeft);
      const to = parseCellAddress(chart.bottomRight);
      if (!from || !to || !inGrid(to.row, to.column)) return `${where} is placed at cells that are not addresses`;
      if (to.row < from.row || to.column < from.column) return `${where} ends above or left of where it starts`;
      return (chart.seriesColours ?? []).some((c) => !COLOUR.test(c)) ? `${where} has a series colour that is not like #D4351C` : null;
    }
    default:
      return null;
  }
};
