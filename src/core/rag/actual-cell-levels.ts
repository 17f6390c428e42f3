import { addressOf } from "../model/address";
import type { Measure } from "../model/measure";
import type { RagLevel } from "../model/rag-level";
import { rateMeasurePeriod } from "./measure-rag";
import type { RatedMeasure } from "./rate-plan";
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
  rated: readonly RatedMeasure[],
  toleranceOf: (measure: Measure) => ToleranceRule
): CellLevel[] => {
  const cells: CellLevel[] = [];
  for (const { measure, polarity } of rated)
    for (const period of measure.periods) {
      if (!period.actualCell || period.actual === null || period.target === null) continue;
      const rating = rateMeasurePeriod(
        period.target,
        period.actual,
        polarity,
        toleranceOf(measure),
        measure.placeholder
      );
      if (rating.level !== "unrated")
        cells.push({
          sheet: measure.sheet,
          address: addressOf(period.actualCell),
          level: rating.level,
          reason: rating.reason,
        });
    }
  return cells;
};
