import type { Action } from "../model/action";
import type { Metric } from "../model/metric";
import type { PlanField, TableKind } from "../model/plan-field";

/** How one column of a detected table was understood. */
export interface ColumnMapping {
  /** 1-based worksheet column. */
  column: number;
  /** Column letter, for people. */
  letter: string;
  /** The header text as written (two-row headers joined with " / "). */
  header: string;
  field: PlanField | null;
  /** For period columns: the period label ("Apr 22", "RAG 01/18"). */
  period?: string;
  /** For Target/Actual pairs under a month. */
  measure?: "target" | "actual" | "value";
  /** The synonym that matched, when it was not the canonical wording (incorrect-label). */
  matchedVariant?: string;
}

/** One table found on a sheet: its header row(s), its body, its columns. */
export interface DetectedTable {
  id: string;
  sheet: string;
  kind: TableKind;
  /** 1-based worksheet rows of the header (two for a month row over Target/Actual). */
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnMapping[];
  /** The group the block belongs to (section heading, workstream title, "Priority n"). */
  group: string;
  /** For a completed-actions table (BCP). */
  completed: boolean;
}

export type SheetRole = "plan" | "metrics" | "scorecard" | "dashboard" | "legend" | "version-log" | "other";

export interface SheetDetection {
  name: string;
  roles: SheetRole[];
  tables: DetectedTable[];
}

/** Something Plan Tracker saw but could not map, said plainly rather than guessed. */
export interface UnmappedNote {
  sheet: string;
  cell: string;
  text: string;
  reason: string;
}

export type LayoutId = "gcc" | "bcp" | "thurrock" | "scorecard" | "generic";

export interface PlanModel {
  layout: LayoutId;
  sheets: SheetDetection[];
  actions: Action[];
  metrics: Metric[];
  /** Groups in plan order (priorities, workstreams, ambitions). */
  groups: string[];
  unmapped: UnmappedNote[];
}
