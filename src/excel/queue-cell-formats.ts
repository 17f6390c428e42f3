/* global Excel */
import { rangeAddress, type RangeArea } from "../core/model/address";
import type { CellFormat } from "../core/write-plan/write-plan";
import { sparseBlocks } from "../core/write-plan/sparse-blocks";
import { blockArea } from "../core/write-plan/op-area";
import { sameRectangles } from "./fill-rectangles";
import { formatLayers, type FormatLayers } from "./format-layers";

/**
 * Cell formats (text colour and weight for AA contrast on RAG fills, wrapping, alignment, a thin
 * border) in Excel's own words. Anything the CellFormat leaves out is left as it is in the workbook.
 */
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
/** Inside a rectangle the cells' shared edges are Excel's inside borders. */
const INSIDE = ["InsideHorizontal", "InsideVertical"] as const;

const thin = (on: boolean): Excel.CellBorder =>
  on ? { style: "Continuous", weight: "Thin" } : { style: "None" };

/** One cell's format as setCellProperties takes it (ExcelApi 1.9); {} leaves the cell alone. */
export const toCellProperties = (format: CellFormat | null): Excel.SettableCellProperties => {
  if (format === null) return {};
  const font: Excel.CellPropertiesFont = {};
  if (format.fontColour !== undefined) font.color = format.fontColour;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  const cell: Excel.CellPropertiesFormat = {};
  if (Object.keys(font).length > 0) cell.font = font;
  if (format.wrap !== undefined) cell.wrapText = format.wrap;
  if (format.horizontal !== undefined) cell.horizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical !== undefined) cell.verticalAlignment = VERTICAL[format.vertical];
  if (format.border !== undefined) {
    const border = thin(format.border);
    cell.borders = { top: border, bottom: border, left: border, right: border };
  }
  return Object.keys(cell).length > 0 ? { format: cell } : {};
};

/** A stable key for "the same format", so runs of equal cells share one range proxy. */
export const cellFormatKey = (format: CellFormat | null): string =>
  format === null
    ? ""
    : JSON.stringify([
        format.fontColour?.toUpperCase(),
        format.bold,
        format.italic,
        format.wrap,
        format.horizontal,
        format.vertical,
        format.border,
      ]);

/** What one cell's settings cost inside setCellProperties: their JSON, less the shared {"format":…} around them. */
export const cellPropertiesBytes = (format: CellFormat): number =>
  Math.max(0, JSON.stringify(toCellProperties(format)).length - 12);

/** A block's formats split into rectangles and per-cell rest, whichever is fewer bytes (format-layers.ts). */
export const cellFormatLayers = (
  area: RangeArea,
  formats: readonly (readonly (CellFormat | null)[])[]
): FormatLayers => formatLayers(area.top, area.left, formats, cellPropertiesBytes);

/** The settings of one rectangle of equal cells, as property sets on one range (ExcelApi 1.1). */
const queueRectangle = (
  range: Excel.Range,
  format: CellFormat,
  manyRows: boolean,
  manyColumns: boolean
): void => {
  const font = range.format.font;
  if (format.fontColour !== undefined) font.color = format.fontColour;
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontal !== undefined)
    range.format.horizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical !== undefined) range.format.verticalAlignment = VERTICAL[format.vertical];
  if (format.border !== undefined) {
    const edges = [...EDGES, ...(manyRows ? [INSIDE[0]] : []), ...(manyColumns ? [INSIDE[1]] : [])];
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = format.border ? "Continuous" : "None";
      if (format.border) border.weight = "Thin";
    }
  }
};

/**
 * Queue a block of cell formats. With ExcelApi 1.9, settings that cover rectangles (a table's
 * borders, wrapping, alignment) go as one range each and the rest (a RAG column's text colours) as
 * setCellProperties over the few blocks that hold them (docs/EXCEL.md#reading-and-writing), whichever is fewer bytes;
 * before 1.9, one range proxy per rectangle of equal formats, as fills do, so a column of RAG text
 * colours costs a handful of proxies, not one per cell.
 */
export const queueCellFormats = (
  sheet: Excel.Worksheet,
  area: RangeArea,
  formats: readonly (readonly (CellFormat | null)[])[],
  cellProperties: boolean
): void => {
  if (cellProperties) {
    const { rectangles, perCell } = cellFormatLayers(area, formats);
    for (const { area: rectangle, format } of rectangles)
      queueRectangle(
        sheet.getRange(rangeAddress(rectangle)),
        format,
        rectangle.bottom > rectangle.top,
        rectangle.right > rectangle.left
      );
    for (const block of sparseBlocks(perCell))
      sheet
        .getRange(rangeAddress(blockArea(area, block)))
        .setCellProperties(block.rows.map((row) => row.map(toCellProperties)));
    return;
  }
  for (const { area: rectangle, cell } of sameRectangles(
    area.top,
    area.left,
    formats,
    cellFormatKey
  )) {
    if (cell === null || cellFormatKey(cell) === cellFormatKey({})) continue;
    const range = sheet.getRange(rangeAddress(rectangle));
    queueRectangle(range, cell, rectangle.bottom > rectangle.top, rectangle.right > rectangle.left);
  }
};
