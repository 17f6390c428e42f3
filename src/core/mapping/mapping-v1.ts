import type { Polarity } from "../model/measure";
import type { RagLevel } from "../model/rag-level";
import type { LayoutId } from "../parse/plan-model";
import type { MappedSheetV2, MappingReportV2 } from "./mapping-v2";

/**
 * Version 1 of the mapping, as early adopters stored it in their workbooks: a flat policy (one
 * relative tolerance in percent, the financial year's start as "MM-DD"), levels keyed by their id,
 * no header synonyms. Frozen: it is only ever read, to be upgraded (upgrade-from-v1.ts), so a
 * workbook saved then still means what it meant.
 */
export interface MappedLevelV1 {
  label: string;
  meaning: string;
  glyph: string;
  fill: string;
  fontColour?: string;
  words?: string[];
}

export interface MappedMetricV1 {
  name: string;
  polarity?: Polarity;
  /** Amber within this percent of the target (always relative in version 1). */
  tolerancePercent?: number;
}

export interface MappingPolicyV1 {
  amberWindowDays?: number;
  tolerancePercent?: number;
  dayOrder?: "dmy" | "mdy";
  seasons?: "meteorological" | "school-terms";
  /** "04-01": the first day of the financial year, month then day. */
  financialYearStart?: string;
}

export interface MappingV1 {
  version: 1;
  source?: "stored" | "detected";
  layout: LayoutId;
  sheets: MappedSheetV2[];
  missingValues?: string[];
  levels: Partial<Record<RagLevel, MappedLevelV1>>;
  metrics?: MappedMetricV1[];
  policy: MappingPolicyV1;
  report?: MappingReportV2;
}
