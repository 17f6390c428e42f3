import type { ChartSpec } from "../../core/write-plan/write-plan";

/**
 * Charts the plan asked for, kept beside the exceljs workbook until save() writes them into the
 * package (exceljs has no chart model). Kept with the same meaning as in Excel: a chart named like
 * one already on its sheet replaces it, and clearing a sheet removes its charts.
 */
export interface PendingChart {
  sheet: string;
  chart: ChartSpec;
}

export const chartName = (chart: ChartSpec): string => chart.title.trim() || "Plan Tracker chart";

export class PendingCharts {
  private charts: PendingChart[] = [];

  add(sheet: string, chart: ChartSpec): void {
    this.charts = this.charts.filter(
      (p) => !(p.sheet === sheet && chartName(p.chart) === chartName(chart))
    );
    this.charts.push({ sheet, chart });
  }

  clearSheet(sheet: string): void {
    this.charts = this.charts.filter((p) => p.sheet !== sheet);
  }

  all(): readonly PendingChart[] {
    return this.charts;
  }
}
