import type { MeasuredValue, Measure } from "../../model/measure";

/** A measure's actual values in period order (the series a trend or YTD is built from). */
export const actualSeries = (measure: Measure): MeasuredValue[] =>
  measure.periods.map((p) => p.actual).filter((v): v is MeasuredValue => v !== null);
