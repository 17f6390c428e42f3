import type { Action, CellRef } from "../model/action";
import type { RagLevel } from "../model/rag-level";
import type { Measure } from "../model/measure";
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
  /** Rows inside the body that name the group of the rows under them ("1. Workforce", "Early Help"). */
  sections?: { row: number; label: string }[];
}

export type SheetRole =
  "plan" | "measures" | "scorecard" | "dashboard" | "legend" | "version-log" | "other";

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

/** A priority, workstream, section or ambition: whatever the plan groups its actions by. */
export interface PlanGroup {
  /** The label actions and measures carry in `group` ("1.1 Recruitment and Retention"). */
  label: string;
  id: string;
  title: string;
  lead: string | null;
  /** The cell that names (or should name) the lead: GCC's "Lead: …". */
  leadCell: CellRef | null;
  kind: "workstream" | "section" | "priority" | "heading";
  /** The priority a workstream belongs to (GCC "1.1" → "1"), for the DASHBOARD grid. */
  parent: string | null;
}

export type LayoutId = "gcc" | "bcp" | "thurrock" | "scorecard" | "generic";

export interface PlanModel {
  layout: LayoutId;
  sheets: SheetDetection[];
  actions: Action[];
  /** Rows in action tables that are not actions (a word in the Ref column of a numbered plan). */
  strayRows: Action[];
  measures: Measure[];
  /** Groups in plan order (priorities, workstreams, ambitions). */
  groups: PlanGroup[];
  unmapped: UnmappedNote[];
  rowNotes: RowNote[];
  groupStatuses: GroupStatus[];
  colourKey: ColourKeyEntry[];
  typedTotals: TypedTotal[];
  /** Text cells that look like unfilled template text ("Improvement Board – xx 2022"). */
  placeholderTexts: CellRef[];
}

/** A row that is not data but says something about the table (docs/RULES.md rules 5, 7, 13–17). */
export type RowNoteKind =
  | "blank-row"
  | "continuation-row"
  | "page-text"
  | "section-row"
  | "row-shifted"
  | "placeholder-row"
  | "repeated-header"
  | "extra-cell"
  /** A template's filler, end marker, spare numbered row or a totals row: not an action, and not reported. */
  | "template-row";

export interface RowNote {
  kind: RowNoteKind;
  sheet: string;
  row: number;
  /** The cell the note points at (first non-blank cell, or the shifted cell). */
  column: number;
  tableId: string;
  text: string;
  /** For row-shifted: how many columns left the values sit. */
  shift?: number;
}

/** One entry of a status legend such as GCC's "Actions status" block (■ On target … with a tick cell). */
export interface LegendEntry {
  label: string;
  glyph: string;
  level: RagLevel | null;
  /** The level the glyph alone would mean in the vocabulary, when it disagrees with the label. */
  glyphLevel?: RagLevel;
  labelCell: CellRef;
  tickCell: CellRef | null;
  ticked: boolean;
}

/** A group's self-assessed status in one dimension (GCC rates each workstream for actions and impact). */
export interface GroupStatus {
  group: string;
  dimension: "actions" | "impact";
  sheet: string;
  headingCell: CellRef;
  entries: LegendEntry[];
}

/** A colour key (BCP's RAG key): the workbook's own fills say which colour means which level. */
export interface ColourKeyEntry {
  level: RagLevel;
  description: string;
  fill: string | null;
  /** The count and percentage the council typed, to check against the rows (total-mismatch). */
  typedCount: CellRef | null;
  typedPercent: CellRef | null;
}

/** A figure the council typed that Plan Tracker can recompute (summary means, boxes, key counts). */
export interface TypedTotal {
  kind: "mean" | "box" | "count" | "percent" | "total";
  /** The group it summarises, or "" for the whole plan. */
  group: string;
  /** "previous" / "current", or the level for key counts. */
  label: string;
  cell: CellRef;
}
