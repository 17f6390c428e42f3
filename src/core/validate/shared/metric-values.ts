import type { MeasuredValue, Metric } from "../../model/metric";

/** A metric's actual values in period order (the series a trend or YTD is built from). */
export const actualSeries = (metric: Metric): MeasuredValue[] =>
  metric.periods.map((p) => p.actual).filter((v): v is MeasuredValue => v !== null);
