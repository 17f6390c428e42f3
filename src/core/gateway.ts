import type { ChangedRange } from "./live-check/changed-areas";
import type { ReadCell } from "./live-check/check-cells";
import type { UndoScope } from "./undo/vet-undo-record";
import type { Result } from "./result";
import type { WorkbookSnapshot } from "./snapshot/workbook-snapshot";
import type { WritePlan } from "./write-plan/write-plan";

/**
 * The one seam between the product and a workbook. The Excel gateway (Office.js) and the .xlsx
 * gateway (exceljs, for the CLI, the tests and the browser preview) both implement it; the pane and
 * the CLI never know which they hold.
 */
export interface Capabilities {
  /** Conditional formats and calculation suspend (ExcelApi 1.6). */
  conditionalFormats: boolean;
  /** List dropdowns and enableEvents (ExcelApi 1.8). */
  dataValidation: boolean;
  /** setCellProperties / getCellProperties for fills, and screen-updating suspend (ExcelApi 1.9). */
  cellProperties: boolean;
  /** Custom XML parts for the stored mapping (ExcelApi 1.5). */
  customXmlParts: boolean;
  /** Selecting a cell in the host (false in a headless .xlsx run). */
  selection: boolean;
}

export interface FillRequest {
  sheet: string;
  /** A1 ranges whose fill colours are needed (e.g. a status column held only as colour). */
  ranges: string[];
}

export interface ReadRequest {
  /** Fill colours to read; the .xlsx gateway may return more than asked. */
  fills?: FillRequest[];
}

export type GatewayErrorKind =
  | "unreadable" // not a workbook, empty, truncated
  | "password-protected"
  | "too-large"
  | "protected-sheet"
  | "read-only"
  | "changed-since-read" // a co-author moved the cells between read and write
  | "unsupported" // the host lacks an API set
  | "busy" // the user is editing a cell
  | "bad-mapping" // the mapping in force (stored in the workbook, or given) cannot be used or does not fit
  | "nothing-to-undo" // Undo last run found no record of a run (or one already undone)
  | "not-a-plan" // the workbook holds nothing to rate (statistics, a risk register, nothing): said, not blamed
  | "host-error";

export interface GatewayError {
  kind: GatewayErrorKind;
  /** One plain sentence for the person using Plan Tracker. */
  message: string;
  /** Where it applies, when known. */
  sheet?: string;
  cells?: string[];
}

export interface ApplyReport {
  opsApplied: number;
  syncs: number;
  /** Plain sentences for operations this host could not do (e.g. dropdowns before ExcelApi 1.8). */
  skipped?: string[];
}

/** What Undo last run put back (docs/HISTORY.md#issue-6-3). */
export interface UndoReport {
  /** Cells put back as they were. */
  restored: number;
  /** The run undone ("Refresh RAG as of 31 Jan 2023"). */
  label: string;
  /** Highlighting rules it took off and dropdowns it gave back their earlier rule, when any. */
  removed?: number;
  /** Plain sentences for anything that could not be put back exactly. */
  skipped?: string[];
}

/** The run "Undo last run" would undo, from a cheap read of the undo sheet's header. */
export interface UndoableRun {
  label: string;
  takenAt: string;
}

/** Listening for people's changes (live checking); stop() ends it, after which nothing more is reported. */
export interface ChangeWatch {
  stop(): Promise<void>;
}

export interface WorkbookGateway {
  readonly kind: "excel" | "xlsx";
  capabilities(): Capabilities;
  read(request?: ReadRequest): Promise<Result<WorkbookSnapshot, GatewayError>>;
  /**
   * Fill colours of just these ranges (sheet → A1 → "#RRGGBB"), for statuses held only as colour.
   * Absent where read() already returns every fill (the .xlsx gateway).
   */
  readFills?(
    requests: FillRequest[]
  ): Promise<Result<Record<string, Record<string, string>>, GatewayError>>;
  apply(
    plan: WritePlan,
    onProgress?: (done: number, total: number) => void
  ): Promise<Result<ApplyReport, GatewayError>>;
  /** Select a cell so the person sees it (click on an issue). */
  select(sheet: string, address: string): Promise<Result<void, GatewayError>>;
  /**
   * Store the mapping in the workbook as its one custom XML part in MAPPING_NAMESPACE (mapping-xml.ts),
   * replacing any earlier one, so it travels with the file (docs/HISTORY.md#issue-5-2). Optional so test fakes
   * need not have it; the .xlsx gateway keeps it until save().
   */
  storeMapping?(xml: string): Promise<Result<void, GatewayError>>;
  /**
   * Put back what the last run changed in the workbook's own sheets, as kept in its undo sheet
   * (docs/HISTORY.md#issue-6-3); refused with "changed-since-read" naming the cells if someone changed them
   * since the run, and "nothing-to-undo" when there is no record. Optional so test fakes need not have it.
   * With `scope` (where Plan Tracker writes in this plan, src/app/undo-scope.ts), a record naming
   * anything outside it is refused before anything is written (docs/HISTORY.md#issue-12-5).
   */
  undoLastRun?(
    onProgress?: (done: number, total: number) => void,
    scope?: UndoScope
  ): Promise<Result<UndoReport, GatewayError>>;
  /** The run undoLastRun would undo, or null: a small read (the undo sheet's first rows) for enabling the button. */
  undoableRun?(): Promise<Result<UndoableRun | null, GatewayError>>;
  /**
   * Report the ranges people type or paste into, as the host reports them, until stopped. It never
   * reads or writes; absent where the host has no change events (the .xlsx gateway, ExcelApi < 1.7).
   */
  watchChanges?(
    onChanged: (changes: ChangedRange[]) => void
  ): Promise<Result<ChangeWatch, GatewayError>>;
  /** Values and number formats of a few ranges, in one round trip (what live checking reads after a burst). */
  readCells?(ranges: readonly ChangedRange[]): Promise<Result<ReadCell[], GatewayError>>;
}
