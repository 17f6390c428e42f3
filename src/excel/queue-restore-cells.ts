/* global Excel */
import { rangeAddress, type RangeArea } from "../core/model/address";
import type { KeptCellState } from "../core/undo/kept-cell";
import type { CellFormat } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { sameRectangles } from "./fill-rectangles";
import { queueCellFormats } from "./queue-cell-formats";
import { toExcelValue } from "./queue-write-op";

/** Excel has no "automatic" text colour to set through the API; black is what automatic shows on a cell. */
const AUTOMATIC_TEXT = "#000000";

const fillKey = (cell: KeptCellState): string =>
  cell.fill === undefined ? "keep" : (cell.fill?.toUpperCase() ?? "none");

/**
 * Put a block of kept cells back (Undo last run, docs/HISTORY.md#issue-6-3), in Excel's order (docs/EXCEL.md#reading-and-writing):
 * number formats, then formulas or values, then fills (cleared where there was none) and text
 * colour and weight. Fills and fonts go in one setCellProperties call (ExcelApi 1.9), or as a few
 * rectangles of one setting before that. Cells whose fill or font the host could not read when the
 * run was kept are left as they are.
 */
export const queueRestoreCells = (
  sheet: Excel.Worksheet,
  area: RangeArea,
  cells: readonly (readonly KeptCellState[])[],
  support: ExcelApiSupport
): void => {
  const range = sheet.getRange(rangeAddress(area));
  range.numberFormat = cells.map((row) => row.map((cell) => cell.numberFormat));
  const anyFormula = cells.some((row) => row.some((cell) => cell.formula !== null));
  // `formulas` takes constants as values too; plain `values` when there is no formula, as everywhere else.
  // A kept empty cell is put back empty: "" clears (null would leave what the run wrote).
  // An error value is written as typed, so Excel takes "#REF!" as the error it was; other text keeps its guard.
  const restored = (cell: KeptCellState) =>
    cell.value === null
      ? ""
      : cell.error === true && typeof cell.value === "string"
        ? cell.value
        : toExcelValue(cell.value);
  if (anyFormula)
    range.formulas = cells.map((row) => row.map((cell) => cell.formula ?? restored(cell)));
  else range.values = cells.map((row) => row.map(restored));

  for (const rectangle of sameRectangles(area.top, area.left, cells, fillKey)) {
    if (rectangle.cell.fill === null)
      sheet.getRange(rangeAddress(rectangle.area)).format.fill.clear();
    else if (rectangle.cell.fill !== undefined && !support.cellProperties)
      sheet.getRange(rangeAddress(rectangle.area)).format.fill.color = rectangle.cell.fill;
  }
  const fontOf = (cell: KeptCellState): CellFormat | null => {
    if (cell.fontColour === undefined && cell.bold === undefined) return null;
    return {
      ...(cell.fontColour !== undefined ? { fontColour: cell.fontColour ?? AUTOMATIC_TEXT } : {}),
      ...(cell.bold !== undefined ? { bold: cell.bold } : {}),
    };
  };
  if (!support.cellProperties) {
    queueCellFormats(
      sheet,
      area,
      cells.map((row) => row.map(fontOf)),
      false
    );
    return;
  }
  const properties = cells.map((row) =>
    row.map((cell): Excel.SettableCellProperties => {
      const format: Excel.CellPropertiesFormat = {};
      if (typeof cell.fill === "string") format.fill = { color: cell.fill };
      const font = fontOf(cell);
      if (font !== null)
        format.font = {
          ...(font.fontColour !== undefined ? { color: font.fontColour } : {}),
          ...(font.bold !== undefined ? { bold: font.bold } : {}),
        };
      return Object.keys(format).length > 0 ? { format } : {};
    })
  );
  if (properties.some((row) => row.some((cell) => Object.keys(cell).length > 0)))
    range.setCellProperties(properties);
};
