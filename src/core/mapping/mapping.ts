import type { Polarity } from "../model/measure";
import type { PlanField, TableKind } from "../model/plan-field";
import type { RagLevel } from "../model/rag-level";
import type { DatePolicy } from "../model/timescale";
import type { LayoutId, SheetRole } from "../parse/plan-model";
import type { ToleranceRule } from "../rag/rag-policy";

/**
 * The mapping: what Plan Tracker understood of a workbook and the council's own rules, in one
 * document the team can see, correct and keep inside the workbook (docs/HISTORY.md#issue-5). It borrows Frictionless
 * Table Schema's vocabulary where it fits (`fields`, `name`, `titles`, `missingValues`) and CSVW's
 * `titles` for header synonyms; everything else is Plan Tracker's own (docs/EXCEL.md#mapping-format).
 *
 * MAPPING_VERSION is the format this Plan Tracker writes; it reads it and every earlier one, upgraded
 * (upgrade-mapping.ts), and refuses a newer one rather than misread it. Version 3 is version 2 with
 * one word for measures (`measures`, `report.chartMeasures`, table kind "measures"); versions 1–2
 * said "metrics" (mapping-v1.ts, mapping-v2.ts).
 */
export const MAPPING_VERSION = 3;
/** Namespace of the custom XML part that carries the mapping inside the workbook. */
export const MAPPING_NAMESPACE = "urn:plan-tracker:mapping";

export interface MappedField {
  /** The plan field the column holds, or null for a column Plan Tracker does not read. */
  name: PlanField | null;
  /** Column letter on the sheet. */
  column: string;
  /** The heading as written, for people; detection does not need it to match. */
  title?: string;
  /** Period columns: the reporting period and whether the column is its Target or Actual. */
  period?: string;
  measure?: "target" | "actual" | "value";
}

export interface MappedTable {
  kind: TableKind;
  /** The header row(s), 1-based as Excel shows them (two for a month row over Target/Actual). */
  headerRows: number[];
  /** The group the block belongs to ("1.1 Recruitment and Retention"); empty for the whole plan. */
  group?: string;
  /** A completed-actions table (BCP): rows keep their Ref but leave the live plan. */
  completed?: boolean;
  fields: MappedField[];
}

export interface MappedSheet {
  name: string;
  roles?: SheetRole[];
  tables: MappedTable[];
}

export interface MappedLevel {
  id: RagLevel;
  label: string;
  meaning: string;
  glyph: string;
  fill: string;
  fontColour?: string;
  /** Words people write in status cells for this level, besides the label ("On track", "G"). */
  words?: string[];
}

export interface MappedMeasure {
  /** The measure's name as written in the workbook. */
  name: string;
  polarity?: Polarity;
  tolerance?: ToleranceRule;
}

export interface MappingPolicy {
  amberWindowDays: number;
  allowGreenWithoutDate: boolean;
  tolerance: ToleranceRule;
  noChangeBand: { percentPoints: number; relativePercent: number };
  dates: DatePolicy;
}

/**
 * Where Plan Tracker puts its own ratings (docs/HISTORY.md#issue-11-1). The owners' RAG column is theirs: by default
 * Plan Tracker adds a "Calculated RAG" column of its own beside the table and never overwrites a
 * rating an owner recorded. Both settings are optional; ratings.ts gives the defaults.
 */
export interface MappingRatings {
  /**
   * "column": a column of Plan Tracker's own to the right of each table with a RAG column (default);
   * "register": only the Plan Tracker RAG sheet; "status-column": the plan's RAG column itself, for
   * councils whose RAG column is the performance team's (every rating in it is overwritten).
   */
  calculated?: "column" | "register" | "status-column";
  /** Fill the RAG column's empty cells (no word, no colour) with Plan Tracker's rating; default false. */
  fillEmptyOwnerCells?: boolean;
}

export interface MappingReport {
  /** "Improvement Board – 28 July 2022". */
  period?: string;
  chartMeasures?: string[];
  title?: string;
}

/** How owners' updates from the pane are written (docs/UPDATES.md). */
export interface MappingUpdates {
  /** A progress note goes above the earlier text with today's date ("above", the default), or in its place. */
  progress?: "above" | "replace";
}

export interface Mapping {
  version: number;
  /** Output only: where the mapping in force came from (the workbook, detection, a --schema file). Ignored when read, never stored. */
  source?: "stored" | "detected" | "file";
  layout: LayoutId;
  sheets: MappedSheet[];
  /** Extra header wording per field (CSVW titles), used where a sheet has no mapped tables. */
  fieldTitles?: Partial<Record<PlanField, string[]>>;
  /**
   * The council's own words for "no value" in number cells ("TBC", "awaited"), read as no value rather
   * than as a wrong type. Unlike Frictionless, they are added to the usual ones (blank, "-", "n/a"…),
   * which stay in force.
   */
  missingValues?: string[];
  levels: MappedLevel[];
  measures: MappedMeasure[];
  policy: MappingPolicy;
  /** Where Plan Tracker's own ratings are written; absent means the defaults (a column of its own). */
  ratings?: MappingRatings;
  report?: MappingReport;
  updates?: MappingUpdates;
}
