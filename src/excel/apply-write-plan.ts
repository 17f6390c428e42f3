/* global Excel */
import type { ApplyReport, GatewayError } from "../core/gateway";
import { err, ok, type Result } from "../core/result";
import { planFault, sheetFault } from "../core/write-plan/check-write-plan";
import { chunkWritePlan } from "../core/write-plan/chunk-write-plan";
import type { WritePlan } from "../core/write-plan/write-plan";
import { orderForExcel } from "./apply-order";
import type { ExcelApiSupport } from "./capabilities";
import { keepForUndo } from "./keep-for-undo";
import { excelSizer } from "./op-sizer";
import { readBeforeWrite } from "./read-before-write";
import { ridingSyncs } from "./riding-syncs";
import { readSheetsBeforeWrite } from "./sheets-before-write";
import { unsupportedOps } from "./unsupported-ops";
import { writeInChunks } from "./write-in-chunks";

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

/**
 * Apply a WritePlan (docs/EXCEL.md#reading-and-writing), whole or not at all as far as the checks go,
 * in the phases both executors share (docs/EXCEL.md#one-executor-contract): check the plan; read the
 * sheets and check them; read what is needed (co-authors' changes, what undo keeps, charts and rules
 * replaced); keep for undo; write in chunks of bytes, one sync each.
 */
export const applyWritePlan = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  plan: WritePlan,
  options: ApplyOptions
): Promise<Result<ApplyReport, GatewayError>> => {
  const planProblem = planFault(plan.ops);
  if (planProblem) return err(planProblem);
  const { kept, skipped } = unsupportedOps(plan.ops, support);
  const ops = orderForExcel(kept);
  if (ops.length === 0) return ok({ opsApplied: 0, syncs: 0, skipped });
  const syncs = ridingSyncs(context);

  const read = await readSheetsBeforeWrite(
    context,
    support,
    ops,
    options.keepUndo !== undefined,
    syncs
  );
  const sheetProblem = sheetFault(ops, read.now);
  if (sheetProblem) return err(sheetProblem);

  const readLimits = options.readLimits ?? { maxBytes: options.maxRequestBytes, maxCells: 500_000 };
  const needed = await readBeforeWrite(
    support,
    plan,
    ops,
    read,
    {
      maxRequestBytes: options.maxRequestBytes,
      readLimits,
      keepUndo: options.keepUndo !== undefined,
    },
    syncs
  );
  if (!needed.ok) return needed;

  const undo = options.keepUndo
    ? keepForUndo(support, plan, ops, read, needed.value, options.keepUndo.takenAt)
    : ok({ ops: [], skipped: [] });
  if (!undo.ok) return undo;

  // The undo record goes first, so what it keeps is in the workbook before any of it is overwritten.
  const all = undo.value.ops.length > 0 ? orderForExcel([...undo.value.ops, ...ops]) : ops;
  const chunks = chunkWritePlan(
    all,
    options.maxRequestBytes,
    excelSizer(support, (sheet) => read.own?.on(sheet).length ?? 0)
  );
  const written = await writeInChunks(
    context,
    support,
    chunks,
    read,
    needed.value,
    syncs,
    options.onProgress
  );
  if (!written.ok) return written;
  return ok({
    opsApplied: kept.length,
    syncs: syncs.count,
    skipped: [...skipped, ...undo.value.skipped],
  });
};
