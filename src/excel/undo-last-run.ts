/* global Excel */
import type { GatewayError, UndoableRun, UndoReport } from "../core/gateway";
import type { CellValue } from "../core/model/cell-value";
import { UNDO_SHEET } from "../core/rag/write/owned-sheets";
import { err, ok, type Result } from "../core/result";
import {
  decodeUndoRecord,
  peekUndoRecord,
  type UndoSheetCells,
} from "../core/undo/decode-undo-record";
import { restorePlan, unrestorableValidations } from "../core/undo/restore-plan";
import {
  changedSinceRunSentence,
  mixedValidationSentence,
  NOTHING_TO_UNDO,
} from "../core/undo/undo-sentences";
import { HEADER } from "../core/undo/undo-sheet-layout";
import type { UndoScope } from "../core/undo/vet-undo-record";
import { applyWritePlan } from "./apply-write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { loadBlocks, usedBlock } from "./read-blocks";
import { placeUndoOps } from "../core/owned/undo-sheet-ops";
import { queueSheetMarks } from "./sheet-marks";
import { toCellValue } from "./snapshot-cells";

const nothingToUndo: GatewayError = { kind: "nothing-to-undo", message: NOTHING_TO_UNDO };

/**
 * The undo sheet, if the workbook has one (one sync: sheet names and Plan Tracker's marks; Excel
 * names are case-insensitive): the sheet marked as it, else an older Plan Tracker's by the usual
 * name, whose record is then checked like any other before anything is put back.
 */
const findUndoSheet = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport
): Promise<{ sheet: Excel.Worksheet | null; names: string[] }> => {
  const worksheets = context.workbook.worksheets.load("items/name");
  const marks = queueSheetMarks(context, support);
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const wanted =
    [...marks.roles()].find(([, role]) => role === "undo")?.[0] ?? UNDO_SHEET.toLowerCase();
  return {
    sheet: worksheets.items.find((sheet) => sheet.name.toLowerCase() === wanted) ?? null,
    names,
  };
};

/** A cheap look for the button: the sheet's first three rows, two columns (two small syncs at most). */
export const undoableRunInExcel = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport
): Promise<Result<UndoableRun | null, GatewayError>> => {
  const { sheet } = await findUndoSheet(context, support);
  if (sheet === null) return ok(null);
  const header = sheet.getRange("A1:B3").load("values");
  await context.sync();
  return ok(
    peekUndoRecord({
      firstRow: 1,
      firstColumn: 1,
      values: header.values.map((row) => row.map(toCellValue)),
    })
  );
};

/** The record's columns (A to K) down to the sheet's last used row: values only, one sync per 4 MB. */
const readUndoSheet = async (
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: UndoOptions
): Promise<UndoSheetCells> => {
  const used = sheet.getUsedRange(true).load("rowIndex, rowCount");
  await context.sync();
  const rows = used.rowIndex + used.rowCount;
  const block = usedBlock(0, sheet.name, {
    firstRow: 1,
    firstColumn: 1,
    rows,
    columns: HEADER.length,
  });
  const read = await loadBlocks(() => context.sync(), [sheet], [block], {
    maxBytes: options.maxResponseBytes,
    maxCells: options.cellBudget,
    numberFormats: false,
  });
  const values: CellValue[][] = [];
  for (const { loaded } of read.sort((a, b) => a.piece.area.top - b.piece.area.top))
    for (const row of loaded.values ?? []) values.push(row.map(toCellValue));
  return { firstRow: 1, firstColumn: 1, values };
};

export interface UndoOptions {
  maxRequestBytes: number;
  maxResponseBytes: number;
  cellBudget: number;
  takenAt: string;
  onProgress?: (done: number, total: number) => void;
  /** Where Plan Tracker writes in this plan (src/app/undo-scope.ts): a record naming anything else is refused. */
  scope?: UndoScope;
}

/**
 * Undo last run in Excel (docs/HISTORY.md#issue-6-3): read and check the record, then apply the restore WritePlan
 * with the executor's own guards (a later edit to a cell the run wrote refuses it, naming the cell;
 * protected or missing sheets refuse it before anything is written), then clear the undo sheet in a
 * batch of its own, only once everything is back, so an undo that stopped part-way can be retried.
 */
export const undoLastRunInExcel = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  options: UndoOptions
): Promise<Result<UndoReport, GatewayError>> => {
  const { sheet, names } = await findUndoSheet(context, support);
  if (sheet === null) return err(nothingToUndo);
  const decoded = decodeUndoRecord(await readUndoSheet(context, sheet, options));
  if (!decoded.ok) return err({ kind: "host-error", message: decoded.error, sheet: UNDO_SHEET });
  const record = decoded.value;
  if (record === null) return err(nothingToUndo);
  const plan = restorePlan(record, {
    sheetNames: names,
    stamp: { takenAt: options.takenAt, fingerprint: "undo" },
    ...(options.scope ? { scope: options.scope } : {}),
  });
  if (!plan.ok) return err({ kind: "changed-since-read", message: plan.error });
  const restore = plan.value.ops.slice(0, -1);
  // The record is cleared on the sheet it was read from, whatever it is called now.
  const clear = placeUndoOps(plan.value.ops.slice(-1), sheet.name);
  const applied = await applyWritePlan(
    context,
    support,
    { ...plan.value, ops: restore },
    { maxRequestBytes: options.maxRequestBytes, onProgress: options.onProgress }
  );
  if (!applied.ok) {
    const { error } = applied;
    return error.kind === "changed-since-read" && error.cells
      ? err({ ...error, message: changedSinceRunSentence(error.cells, record.label) })
      : applied;
  }
  const cleared = await applyWritePlan(
    context,
    support,
    { ...plan.value, ops: clear },
    { maxRequestBytes: options.maxRequestBytes }
  );
  if (!cleared.ok) return cleared;
  const mixed = unrestorableValidations(record);
  const skipped = [
    ...(applied.value.skipped ?? []),
    ...(mixed.length > 0 ? [mixedValidationSentence(mixed)] : []),
  ];
  const removed = record.rules.length + record.validations.length;
  return ok({
    restored: record.cells.length,
    label: record.label,
    ...(removed > 0 ? { removed } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
  });
};
