/* global Excel */
import { parseRangeAddress } from "../core/model/address";
import type { ChartSpec } from "../core/write-plan/write-plan";

/**
 * The charts on one sheet, as far as this apply knows them: those found when the preflight sync
 * loaded their names, and those this plan added. A chart is named after its title, so rebuilding the
 * board report replaces its charts instead of stacking a new copy on the old one each time.
 */
export interface SheetCharts {
  found: Excel.Chart[];
  added: Map<string, Excel.Chart>;
  deleted: Set<Excel.Chart>;
}

export const emptySheetCharts = (found: Excel.Chart[] = []): SheetCharts => ({
  found,
  added: new Map(),
  deleted: new Set(),
});

const CHART_TYPE: Record<ChartSpec["chartType"], "BarStacked" | "ColumnClustered" | "Line"> = {
  barStacked: "BarStacked",
  columnClustered: "ColumnClustered",
  line: "Line",
};

export const chartName = (chart: ChartSpec): string => chart.title.trim() || "Plan Tracker chart";

/** Series are the source's columns after the category column, or its rows after the header row. */
export const seriesCount = (chart: ChartSpec): number => {
  const area = parseRangeAddress(chart.source.replace(/\$/g, ""));
  if (!area) return 0;
  return chart.seriesBy === "columns" ? area.right - area.left : area.bottom - area.top;
};

/** Delete the charts clearSheet or a same-named chart replaces (name undefined: every chart). */
export const deleteCharts = (charts: SheetCharts, name?: string): void => {
  for (const chart of charts.found) {
    // Names were loaded in the preflight sync, so reading them here needs no sync.
    if (!charts.deleted.has(chart) && (name === undefined || chart.name === name)) {
      chart.delete();
      charts.deleted.add(chart);
    }
  }
  for (const [key, chart] of charts.added) {
    if (name === undefined || key === name) {
      chart.delete();
      charts.added.delete(key);
    }
  }
};

/**
 * A native chart from a range on the same sheet (ExcelApi 1.1): type, series by columns or rows,
 * title, placement over two cells, and series colours in order (RAG colours for the RAG mix). Colours
 * beyond the number of series are ignored, so no series is asked for that Excel would not have.
 * Alt text is not set here: Office.js has no chart alt-text property (see unsupported-ops.ts).
 */
export const queueChart = (sheet: Excel.Worksheet, spec: ChartSpec, charts: SheetCharts): void => {
  const name = chartName(spec);
  deleteCharts(charts, name);
  const chart = sheet.charts.add(
    CHART_TYPE[spec.chartType],
    sheet.getRange(spec.source),
    spec.seriesBy === "columns" ? "Columns" : "Rows"
  );
  chart.name = name;
  chart.title.text = spec.title;
  chart.setPosition(spec.topLeft, spec.bottomRight);
  (spec.seriesColours ?? []).slice(0, seriesCount(spec)).forEach((colour, index) => {
    const format = chart.series.getItemAt(index).format;
    // A line series is drawn by its line; a bar's colour is its fill.
    if (spec.chartType === "line") format.line.color = colour;
    else format.fill.setSolidColor(colour);
  });
  charts.added.set(name, chart);
};
