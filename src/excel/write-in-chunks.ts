/* global Excel */
import type { GatewayError } from "../core/gateway";
import { err, ok, type Result } from "../core/result";
import type { WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { toGatewayError } from "./office-errors";
import { isUndoOp, queueUndoOp } from "./queue-undo-op";
import { queueWriteOp } from "./queue-write-op";
import type { ReadBeforeWrite } from "./read-before-write";
import type { Syncs } from "./riding-syncs";
import type { SheetsBeforeWrite } from "./sheets-before-write";

/**
 * Write the chunks, one sync each (each at most maxRequestBytes, so the count follows bytes, not rows),
 * with the workbook's events off and calculation suspended (docs/EXCEL.md#reading-and-writing). Excel does
 * not roll back a failed batch, so a failure says how far the write got.
 */
export const writeInChunks = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  chunks: readonly WriteOp[][],
  read: SheetsBeforeWrite,
  needed: ReadBeforeWrite,
  syncs: Syncs,
  onProgress?: (done: number, total: number) => void
): Promise<Result<void, GatewayError>> => {
  const { sheets, worksheets, marks, own } = read;
  let done = 0;
  try {
    // Our own writes must not fire the workbook's event handlers (ExcelApi 1.8); restored below.
    if (read.eventsWereOn) context.runtime.enableEvents = false;
    for (const [index, chunk] of chunks.entries()) {
      if (support.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
      // Once only: repeated calls make the window flicker (docs/EXCEL.md#reading-and-writing).
      if (index === 0 && support.cellProperties)
        context.application.suspendScreenUpdatingUntilNextSync();
      for (const op of chunk) {
        const key = op.sheet.toLowerCase();
        if (op.kind === "ensureSheet" && !sheets.has(key))
          sheets.set(key, worksheets.add(op.sheet));
        const sheet = sheets.get(key);
        if (op.kind === "ensureSheet" && op.mark !== undefined && sheet)
          marks.mark(op.mark, op.sheet, sheet);
        // The earlier refresh's highlighting, found before anything was written; this run's goes on after.
        if (op.kind === "clearHighlighting") own?.on(op.sheet).forEach((format) => format.delete());
        else if (sheet && isUndoOp(op)) queueUndoOp(sheet, op, support, needed.rulesFound);
        else if (sheet) queueWriteOp(sheet, op, support, needed.charts.get(key));
      }
      await syncs.sync();
      done = index + 1;
      onProgress?.(done, chunks.length);
    }
  } catch (error) {
    const sheetsInChunk = new Set((chunks[done] ?? []).map((op) => op.sheet));
    const base = toGatewayError(
      error,
      sheetsInChunk.size === 1 ? [...sheetsInChunk][0] : undefined
    );
    const progress =
      chunks.length > 1
        ? ` ${done} of ${chunks.length} batches of changes were complete when it stopped.`
        : "";
    return err({ ...base, message: base.message + progress });
  } finally {
    if (read.eventsWereOn) {
      try {
        context.runtime.enableEvents = true;
        await syncs.sync();
      } catch {
        // The write's own outcome matters more; Excel turns events back on when the add-in reloads.
      }
    }
  }
  return ok(undefined);
};
