import type { Metric } from "../model/metric";
import type { RagLevel } from "../model/rag-level";
import { rateMetricPeriod } from "./metric-rag";
import type { RatedMetric } from "./rate-plan";
import type { ToleranceRule } from "./rag-policy";

export interface CellLevel {
  sheet: string;
  address: string;
  level: RagLevel;
  reason: string;
}

/**
 * The level of every Actual cell against its own Target, period by period: what the live
 * conditional formats show in Excel, computed the same way for the browser preview's grid.
 */
export const actualCellLevels = (
  rated: readonly RatedMetric[],
  toleranceOf: (metric: Metric) => ToleranceRule
): CellLevel[] => {
  const cells: CellLevel[] = [];
  for (const { metric, polarity } of rated)
    for (const period of metric.periods) {
      if (!period.actualCell || period.actual === null || period.target === null) continue;
      const rating = rateMetricPeriod(
        period.target,
        period.actual,
        polarity,
        toleranceOf(metric),
        metric.placeholder
      );
      if (rating.level !== "unrated")
        cells.push({
          sheet: metric.sheet,
          address: period.actualCell.address,
          level: rating.level,
          reason: rating.reason,
        });
    }
  return cells;
};
