/**
 * The council's rating rules (docs/RATINGS.md). Every default is a setting: councils differ, and the
 * workbook's stored mapping can change any of them.
 */
export interface ToleranceRule {
  /** "relative": amber within value% of the target (default 5); "absolute": within value units (points). */
  mode: "relative" | "absolute";
  value: number;
}

export interface RagPolicy {
  /** Days before the due date when an on-time action turns amber (default 30). */
  amberWindowDays: number;
  /** Whether a manual green stands when the action has no usable date (default off: docs/RATINGS.md#action-rag step 4). */
  allowGreenWithoutDate: boolean;
  /** Plan-wide tolerance for measures; a measure may override it. */
  tolerance: ToleranceRule;
  /** "No significant change" bands for direction of travel (docs/RATINGS.md#direction-of-travel). */
  noChangeBand: { percentPoints: number; relativePercent: number };
}

export const DEFAULT_RAG_POLICY: RagPolicy = {
  amberWindowDays: 30,
  allowGreenWithoutDate: false,
  tolerance: { mode: "relative", value: 5 },
  noChangeBand: { percentPoints: 0.5, relativePercent: 1 },
};
