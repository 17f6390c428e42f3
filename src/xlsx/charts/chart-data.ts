import { cellAddress, parseRangeAddress, type RangeArea } from "../../core/model/address";
import { cellText, type CellValue } from "../../core/model/cell-value";
import type { ChartSpec } from "../../core/write-plan/write-plan";

/**
 * What a chart shows, read from its source range when the workbook is saved: the references Excel
 * keeps in the chart part, and the values it caches beside them so LibreOffice and Excel draw the
 * chart without recalculating (ECMA-376 §21.2.2: c:numCache, c:strCache).
 */
export interface ChartSeriesData {
  /** The header cell naming the series, e.g. 'Board report'!$C$30. */
  nameRef: string;
  name: string;
  valuesRef: string;
  /** null for a blank or text cell: a gap in the chart. */
  values: (number | null)[];
}

export interface ChartData {
  categoriesRef: string;
  categories: string[];
  series: ChartSeriesData[];
}

/** A reference as a chart part writes it: the sheet quoted when it must be, every part anchored. */
export const absoluteRef = (sheet: string, area: RangeArea): string => {
  const anchored = (row: number, column: number) =>
    cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const first = anchored(area.top, area.left);
  const last = anchored(area.bottom, area.right);
  return `${quoted}!${first === last ? first : `${first}:${last}`}`;
};

/**
 * Series by columns: categories down the first column under the header row, one series per later
 * column named by its header cell. Series by rows: categories along the header row, one series per
 * later row named by its first cell. `valueAt` reads a cell (1-based) as the workbook holds it now.
 */
export const chartData = (
  sheet: string,
  chart: ChartSpec,
  valueAt: (row: number, column: number) => CellValue
): ChartData | null => {
  const area = parseRangeAddress(chart.source.replace(/\$/g, ""));
  if (!area || area.bottom <= area.top || area.right <= area.left) return null;
  const byColumns = chart.seriesBy === "columns";
  const categoryArea: RangeArea = byColumns
    ? { top: area.top + 1, bottom: area.bottom, left: area.left, right: area.left }
    : { top: area.top, bottom: area.top, left: area.left + 1, right: area.right };
  const categories: string[] = [];
  for (let r = categoryArea.top; r <= categoryArea.bottom; r += 1)
    for (let c = categoryArea.left; c <= categoryArea.right; c += 1)
      categories.push(cellText(valueAt(r, c)));
  const series: ChartSeriesData[] = [];
  const count = byColumns ? area.right - area.left : area.bottom - area.top;
  for (let i = 1; i <= count; i += 1) {
    const nameCell = byColumns
      ? { row: area.top, column: area.left + i }
      : { row: area.top + i, column: area.left };
    const valuesArea: RangeArea = byColumns
      ? { top: area.top + 1, bottom: area.bottom, left: area.left + i, right: area.left + i }
      : { top: area.top + i, bottom: area.top + i, left: area.left + 1, right: area.right };
    const values: (number | null)[] = [];
    for (let r = valuesArea.top; r <= valuesArea.bottom; r += 1) {
      for (let c = valuesArea.left; c <= valuesArea.right; c += 1) {
        const value = valueAt(r, c);
        values.push(typeof value === "number" && Number.isFinite(value) ? value : null);
      }
    }
    series.push({
      nameRef: absoluteRef(sheet, {
        top: nameCell.row,
        bottom: nameCell.row,
        left: nameCell.column,
        right: nameCell.column,
      }),
      name: cellText(valueAt(nameCell.row, nameCell.column)),
      valuesRef: absoluteRef(sheet, valuesArea),
      values,
    });
  }
  return { categoriesRef: absoluteRef(sheet, categoryArea), categories, series };
};
