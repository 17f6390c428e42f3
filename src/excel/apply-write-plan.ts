/* global Excel */
import type { ApplyReport, GatewayError } from "../core/gateway";
import { ownedSheetsOf } from "../core/owned/owned-sheets-of";
import { placeUndoOps } from "../core/owned/undo-sheet-ops";
import { UNDO_SHEET } from "../core/rag/write/owned-sheets";
import { err, ok, type Result } from "../core/result";
import { buildUndoRecord } from "../core/undo/build-undo-record";
import { undoRecordOps } from "../core/undo/encode-undo-record";
import { FORMATS_NOT_KEPT } from "../core/undo/undo-sentences";
import { hasUndoTargets, undoTargets, type BlockNulls } from "../core/undo/undo-targets";
import { chunkWritePlan } from "../core/write-plan/chunk-write-plan";
import type { WriteOp, WritePlan } from "../core/write-plan/write-plan";
import { orderForExcel } from "./apply-order";
import type { ExcelApiSupport } from "./capabilities";
import { checkWritePlan } from "./check-write-plan";
import { findMovedCells, isGuarded } from "./check-expected";
import { findAddedRules } from "./find-added-rules";
import { toGatewayError } from "./office-errors";
import { excelSizer } from "./op-sizer";
import { listOwnHighlighting } from "./own-highlighting";
import { emptySheetCharts, type SheetCharts } from "./queue-chart";
import { planBeforeRunReads } from "./read-before-run";
import { isUndoOp, queueUndoOp } from "./queue-undo-op";
import { queueWriteOp } from "./queue-write-op";
import { queueSheetMarks } from "./sheet-marks";
import { toCellValue } from "./snapshot-cells";
import { unsupportedOps } from "./unsupported-ops";

export interface ApplyOptions {
  /** Largest request one sync may carry; Excel on the web refuses 5 MB (docs/EXCEL.md#limits). */
  maxRequestBytes: number;
  /**
   * Reads before writing (what undo keeps): the largest response one sync should bring back and the
   * cells per range proxy; by default maxRequestBytes and 500,000 (read-in-budget.ts).
   */
  readLimits?: { maxBytes: number; maxCells: number };
  onProgress?: (done: number, total: number) => void;
  /**
   * Keep what the plan overwrites in sheets Plan Tracker does not own, in its undo sheet, before
   * writing (docs/HISTORY.md#issue-6-3); the time stamps the record. Absent for undo itself.
   */
  keepUndo?: { takenAt: string };
}

/** Null in a block leaves the cell as it is, as in Office.js itself and the .xlsx executor (queue-write-op.ts). */
const EXCEL_NULLS: BlockNulls = { values: "leave", fills: "leave" };

const protectedSheet = (sheet: string): GatewayError => ({
  kind: "protected-sheet",
  message: `The sheet "${sheet}" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.`,
  sheet,
});

const missingSheet = (sheet: string): GatewayError => ({
  kind: "changed-since-read",
  message: `The sheet "${sheet}" is no longer in the workbook (it may have been renamed or deleted), so Plan Tracker wrote nothing; please run the check again.`,
  sheet,
});

const changedSinceRead = (cells: string[]): GatewayError => {
  const shown = cells.slice(0, 3).join(", ") + (cells.length > 3 ? ", …" : "");
  const count = cells.length === 1 ? "1 cell has" : `${cells.length} cells have`;
  return {
    kind: "changed-since-read",
    message: `${count} changed since Plan Tracker read the workbook (${shown}), so nothing was written; run the check again to work from the latest values.`,
    cells,
  };
};

/**
 * The charts already on the sheets this plan clears or draws on, by name, in one extra sync only when
 * there are such sheets: clearSheet removes them and a chart replaces its namesake, so rebuilding the
 * board report never stacks copies (docs/EXCEL.md#undo). Sheets the plan creates have none.
 */
const findCharts = async (ops: readonly WriteOp[], sheets: Map<string, Excel.Worksheet>, sync: () => Promise<void>): Promise<Map<string, SheetCharts>> => {
  const keys = new Set(ops.filter((op) => op.kind === "clearSheet" || op.kind === "chart").map((op) => op.sheet.toLowerCase()));
  const loads = [...keys].flatMap((key) => {
    const sheet = sheets.get(key);
    return sheet ? [{ key, charts: sheet.charts.load("items/name") }] : [];
  });
  const found = new Map<string, SheetCharts>([...keys].map((key) => [key, emptySheetCharts()]));
  if (loads.length === 0) return found;
  await sync();
  for (const { key, charts } of loads) found.set(key, emptySheetCharts(charts.items));
  return found;
};

/**
 * Apply a WritePlan (docs/EXCEL.md#reading-and-writing, docs/EXCEL.md#coauthoring): check sheets and protection, re-read cells that carry
 * `expected` and refuse if a co-author moved them, find the earlier highlighting a refresh replaces
 * (riding on those syncs), then write in chunks of bytes, one sync each, with events off and
 * calculation suspended. Nothing is written if any check fails.
 */
export const applyWritePlan = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  plan: WritePlan,
  options: ApplyOptions,
): Promise<Result<ApplyReport, GatewayError>> => {
  const problem = checkWritePlan(plan.ops);
  if (problem) return err(problem);
  const { kept, skipped } = unsupportedOps(plan.ops, support);
  const ops = orderForExcel(kept);
  if (ops.length === 0) return ok({ opsApplied: 0, syncs: 0, skipped });

  let syncs = 0;
  // Loads queued without a sync of their own travel with the next one, whichever it is.
  let riding = false;
  const sync = async () => {
    syncs += 1;
    await context.sync();
    riding = false;
  };

  // Which sheets exist and which are protected; whether events are on; the conditional formats on
  // the sheets whose earlier Plan Tracker highlighting this run replaces.
  const worksheets = context.workbook.worksheets;
  worksheets.load(support.protection ? "items/name, items/protection/protected" : "items/name");
  const runtime = support.dataValidation ? context.runtime.load("enableEvents") : null;
  const clears = [...new Set(ops.flatMap((op) => (op.kind === "clearHighlighting" ? [op.sheet] : [])))];
  const own = clears.length > 0 ? listOwnHighlighting(worksheets, clears, support) : null;
  const marks = queueSheetMarks(context, support);
  await sync();
  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  // Which of those rules are Plan Tracker's is known now; where they apply (for undo) rides on the next sync.
  riding = own?.queueRanges(options.keepUndo !== undefined) ?? false;
  const ensured = new Set(ops.filter((op) => op.kind === "ensureSheet").map((op) => op.sheet.toLowerCase()));
  // Taking nothing off a sheet changes nothing there, so its protection does not matter.
  const changes = (op: WriteOp) => op.kind !== "ensureSheet" && (op.kind !== "clearHighlighting" || own?.has(op.sheet) === true);
  for (const op of ops) {
    const sheet = sheets.get(op.sheet.toLowerCase());
    if (!sheet && !ensured.has(op.sheet.toLowerCase())) return err(missingSheet(op.sheet));
    if (sheet && changes(op) && support.protection && sheet.protection.protected) return err(protectedSheet(sheet.name));
  }

  // Undo last run (docs/HISTORY.md#issue-6-3): what the plan will overwrite in the council's own sheets is read
  // before anything is written, its first part in the same sync as the co-author re-read.
  const targets = options.keepUndo ? undoTargets({ ...plan, ops }, EXCEL_NULLS) : null;
  const keeping = targets !== null && hasUndoTargets(targets) ? targets : null;
  // The undo sheet by its mark; an unmarked one with the usual name only if its A1 says it is an
  // undo record (an older Plan Tracker's), read on the next sync: a council sheet is never cleared.
  const roles = marks.roles();
  const legacyUndo = keeping && ![...roles.values()].includes("undo") ? (sheets.get(UNDO_SHEET.toLowerCase())?.getRange("A1").load("values") ?? null) : null;
  if (legacyUndo !== null) riding = true;
  const guarded = ops.filter(isGuarded);
  const guardBytes = guarded.reduce((sum, op) => sum + JSON.stringify(op.expected).length + 1_000, 0);
  const ride = guarded.length > 0 && guardBytes < options.maxRequestBytes / 2;
  const readLimits = options.readLimits ?? { maxBytes: options.maxRequestBytes, maxCells: 500_000 };
  const reads = keeping ? planBeforeRunReads(sheets, keeping, support, readLimits) : null;
  if (reads && ride) reads.queueFirst(readLimits.maxBytes - guardBytes);

  if (guarded.length > 0) {
    const moved = await findMovedCells(context, sheets, guarded, options.maxRequestBytes, sync);
    if (moved.length > 0) return err(changedSinceRead(moved));
  }
  // Only the reads that did not ride along cost a sync of their own (one per 4 MB of cells).
  const before = reads ? await reads.finish(sync) : null;
  const charts = await findCharts(ops, sheets, sync);
  const rulesFound = await findAddedRules(ops, sheets, support, sync);
  // Only when no sync came along for those ranges (a run with nothing else to read).
  if (riding) await sync();

  const undoSheetName = ownedSheetsOf(
    worksheets.items.map((sheet) => ({
      name: sheet.name,
      mark: roles.get(sheet.name.toLowerCase()),
      ...(legacyUndo !== null && sheet.name.toLowerCase() === UNDO_SHEET.toLowerCase() ? { firstRow: 1, firstColumn: 1, values: [[toCellValue(legacyUndo.values[0]?.[0])]] } : {}),
    })),
  ).of("undo").name;
  const undoSheet = sheets.get(undoSheetName.toLowerCase());
  if (keeping && undoSheet && support.protection && undoSheet.protection.protected) return err(protectedSheet(undoSheet.name));
  const undoOps: WriteOp[] = [];
  const undoSkipped: string[] = [];
  if (before && keeping && options.keepUndo) {
    const record = buildUndoRecord({ ...plan, ops }, keeping, { ...before, removedRules: own?.removed() ?? [] }, options.keepUndo.takenAt, EXCEL_NULLS);
    if (record !== null) undoOps.push(...placeUndoOps(undoRecordOps(record), undoSheetName));
    if (record !== null && record.cells.length > 0 && !support.cellProperties) undoSkipped.push(FORMATS_NOT_KEPT);
  }
  // The undo record goes first, so what it keeps is in the workbook before any of it is overwritten.
  const chunks = chunkWritePlan(undoOps.length > 0 ? orderForExcel([...undoOps, ...ops]) : ops, options.maxRequestBytes, excelSizer(support, (sheet) => own?.on(sheet).length ?? 0));
  const eventsWereOn = runtime !== null && runtime.enableEvents;
  let done = 0;
  try {
    // Our own writes must not fire the workbook's event handlers (ExcelApi 1.8); restored below.
    if (eventsWereOn) context.runtime.enableEvents = false;
    for (const [index, chunk] of chunks.entries()) {
      if (support.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
      // Once only: repeated calls make the window flicker (docs/EXCEL.md#reading-and-writing).
      if (index === 0 && support.cellProperties) context.application.suspendScreenUpdatingUntilNextSync();
      for (const op of chunk) {
        const key = op.sheet.toLowerCase();
        if (op.kind === "ensureSheet" && !sheets.has(key)) sheets.set(key, worksheets.add(op.sheet));
        const sheet = sheets.get(key);
        if (op.kind === "ensureSheet" && op.mark !== undefined && sheet) marks.mark(op.mark, op.sheet, sheet);
        // The earlier refresh's highlighting, found before anything was written; this run's goes on after.
        if (op.kind === "clearHighlighting") own?.on(op.sheet).forEach((format) => format.delete());
        else if (sheet && isUndoOp(op)) queueUndoOp(sheet, op, support, rulesFound);
        else if (sheet) queueWriteOp(sheet, op, support, charts.get(key));
      }
      // One sync per chunk of at most maxRequestBytes: the count follows bytes, not rows.
      await sync();
      done = index + 1;
      options.onProgress?.(done, chunks.length);
    }
  } catch (error) {
    const sheetsInChunk = new Set((chunks[done] ?? []).map((op) => op.sheet));
    const base = toGatewayError(error, sheetsInChunk.size === 1 ? [...sheetsInChunk][0] : undefined);
    // Excel does not roll back a failed batch, so say how far it got rather than promise "nothing".
    const progress = chunks.length > 1 ? ` ${done} of ${chunks.length} batches of changes were complete when it stopped.` : "";
    return err({ ...base, message: base.message + progress });
  } finally {
    if (eventsWereOn) {
      try {
        context.runtime.enableEvents = true;
        await sync();
      } catch {
        // The write's own outcome matters more; Excel turns events back on when the add-in reloads.
      }
    }
  }
  return ok({ opsApplied: kept.length, syncs, skipped: [...skipped, ...undoSkipped] });
};
