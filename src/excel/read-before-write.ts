/* global Excel */
import type { GatewayError } from "../core/gateway";
import { UNDO_SHEET } from "../core/rag/write/owned-sheets";
import { err, ok, type Result } from "../core/result";
import type { BeforeRun } from "../core/undo/build-undo-record";
import {
  hasUndoTargets,
  undoTargets,
  type BlockNulls,
  type UndoTargets,
} from "../core/undo/undo-targets";
import { isGuarded } from "../core/write-plan/check-write-plan";
import type { WriteOp, WritePlan } from "../core/write-plan/write-plan";
import { changedSinceRead } from "../core/write-plan/write-refusals";
import type { ExcelApiSupport } from "./capabilities";
import { findMovedCells, guardBytes } from "./check-expected";
import { findAddedRules, type AddedRulesFound } from "./find-added-rules";
import { emptySheetCharts, type SheetCharts } from "./queue-chart";
import { planBeforeRunReads } from "./read-before-run";
import type { Syncs } from "./riding-syncs";
import type { SheetsBeforeWrite } from "./sheets-before-write";

/** Null in a block leaves the cell as it is, as in Office.js itself and the .xlsx executor (queue-write-op.ts). */
export const EXCEL_NULLS: BlockNulls = { values: "leave", fills: "leave" };

/** Everything read between the sheet check and the first write. */
export interface ReadBeforeWrite {
  /** What undo keeps, and what was there before, when the plan overwrites the council's own sheets. */
  undo: { targets: UndoTargets; before: BeforeRun } | null;
  /** An unmarked sheet with the undo sheet's usual name: its A1, to tell an older Plan Tracker's record from a council sheet. */
  legacyUndo: Excel.Range | null;
  charts: Map<string, SheetCharts>;
  rulesFound: AddedRulesFound;
}

/**
 * The charts already on the sheets this plan clears or draws on, by name, in one extra sync only when
 * there are such sheets: clearSheet removes them and a chart replaces its namesake, so rebuilding the
 * board report never stacks copies (docs/EXCEL.md#undo). Sheets the plan creates have none.
 */
const findCharts = async (
  ops: readonly WriteOp[],
  sheets: Map<string, Excel.Worksheet>,
  sync: () => Promise<void>
): Promise<Map<string, SheetCharts>> => {
  const keys = new Set(
    ops
      .filter((op) => op.kind === "clearSheet" || op.kind === "chart")
      .map((op) => op.sheet.toLowerCase())
  );
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
 * Read what the write needs, in as few syncs as the bytes allow: the cells carrying `expected`, again,
 * refusing if a co-author moved them (docs/EXCEL.md#coauthoring); what undo keeps, its first part riding
 * on that same sync (docs/HISTORY.md#issue-6-3); the charts and rules the plan replaces or removes.
 */
export const readBeforeWrite = async (
  support: ExcelApiSupport,
  plan: WritePlan,
  ops: readonly WriteOp[],
  read: SheetsBeforeWrite,
  limits: {
    maxRequestBytes: number;
    readLimits: { maxBytes: number; maxCells: number };
    keepUndo: boolean;
  },
  syncs: Syncs
): Promise<Result<ReadBeforeWrite, GatewayError>> => {
  const targets = limits.keepUndo ? undoTargets({ ...plan, ops: [...ops] }, EXCEL_NULLS) : null;
  const keeping = targets !== null && hasUndoTargets(targets) ? targets : null;
  // The undo sheet by its mark; an unmarked one with the usual name only if its A1 says it is an
  // undo record (an older Plan Tracker's), read on the next sync: a council sheet is never cleared.
  const legacyUndo =
    keeping && ![...read.marks.roles().values()].includes("undo")
      ? (read.sheets.get(UNDO_SHEET.toLowerCase())?.getRange("A1").load("values") ?? null)
      : null;
  if (legacyUndo !== null) syncs.ride();
  const guarded = ops.filter(isGuarded);
  const guardedBytes = guarded.reduce((sum, op) => sum + guardBytes(op), 0);
  const reads = keeping
    ? planBeforeRunReads(read.sheets, keeping, support, limits.readLimits)
    : null;
  // Undo's first reads ride on the co-author re-read when that leaves room in its response.
  if (reads && guarded.length > 0 && guardedBytes < limits.maxRequestBytes / 2)
    reads.queueFirst(limits.readLimits.maxBytes - guardedBytes);
  if (guarded.length > 0) {
    const moved = await findMovedCells(read.sheets, guarded, limits.maxRequestBytes, syncs.sync);
    if (moved.length > 0) return err(changedSinceRead(moved));
  }
  // Only the reads that did not ride along cost a sync of their own (one per 4 MB of cells).
  const before = reads ? await reads.finish(syncs.sync) : null;
  const charts = await findCharts(ops, read.sheets, syncs.sync);
  const rulesFound = await findAddedRules(ops, read.sheets, support, syncs.sync);
  await syncs.settle();
  return ok({
    undo: keeping && before ? { targets: keeping, before } : null,
    legacyUndo,
    charts,
    rulesFound,
  });
};
