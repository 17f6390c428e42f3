import type { Workbook } from "exceljs";
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
import type { PendingCharts } from "./charts/pending-charts";
import { normaliseCellValue } from "./read-cell-value";
import { placeUndoOps } from "../core/owned/undo-sheet-ops";
import { undoSheetOf } from "./sheet-marks";

/** The undo sheet's cells from A1 (only its record's columns), or null when there is no such sheet. */
const undoSheetCells = (workbook: Workbook, rows?: number): UndoSheetCells | null => {
  // By its mark (or an older Plan Tracker's record by its first cell), never by the name alone.
  const worksheet = workbook.getWorksheet(undoSheetOf(workbook));
  if (!worksheet) return null;
  const last = Math.min(worksheet.rowCount, rows ?? worksheet.rowCount);
  const values: CellValue[][] = [];
  for (let row = 1; row <= last; row += 1) {
    const cells = worksheet.findRow(row);
    values.push(
      Array.from({ length: HEADER.length }, (_, c) =>
        cells ? normaliseCellValue(cells.findCell(c + 1)?.value) : null
      )
    );
  }
  return { firstRow: 1, firstColumn: 1, values };
};

export const undoableRun = (workbook: Workbook): Result<UndoableRun | null, GatewayError> => {
  const cells = undoSheetCells(workbook, 3);
  return ok(cells === null ? null : peekUndoRecord(cells));
};

const nothingToUndo: GatewayError = { kind: "nothing-to-undo", message: NOTHING_TO_UNDO };

/**
 * Undo last run on the in-memory workbook (docs/HISTORY.md#issue-6-3): read and check the record, build the
 * restore WritePlan and apply it whole or not at all; a later edit to a cell the run wrote refuses
 * it, naming the cell. The undo sheet is cleared last, so a refused undo can be retried.
 */
export const undoLastRun = (
  workbook: Workbook,
  charts: PendingCharts,
  takenAt: string,
  onProgress?: (done: number, total: number) => void,
  scope?: UndoScope
): Result<UndoReport, GatewayError> => {
  const cells = undoSheetCells(workbook);
  if (cells === null) return err(nothingToUndo);
  const decoded = decodeUndoRecord(cells);
  if (!decoded.ok) return err({ kind: "host-error", message: decoded.error, sheet: UNDO_SHEET });
  const record = decoded.value;
  if (record === null) return err(nothingToUndo);
  const plan = restorePlan(record, {
    sheetNames: workbook.worksheets.map((w) => w.name),
    stamp: { takenAt, fingerprint: "undo" },
    ...(scope ? { scope } : {}),
  });
  if (!plan.ok) return err({ kind: "changed-since-read", message: plan.error });
  const applied = applyWritePlan(
    workbook,
    { ...plan.value, ops: placeUndoOps(plan.value.ops, undoSheetOf(workbook)) },
    onProgress,
    charts
  );
  if (!applied.ok) {
    const { error } = applied;
    // The executor names each cell with its sheet (write-refusals.ts), as the sentence does.
    return error.kind === "changed-since-read" && error.cells
      ? err({ ...error, message: changedSinceRunSentence(error.cells, record.label) })
      : applied;
  }
  const mixed = unrestorableValidations(record);
  const removed = record.rules.length + record.validations.length;
  return ok({
    restored: record.cells.length,
    label: record.label,
    ...(removed > 0 ? { removed } : {}),
    ...(mixed.length > 0 ? { skipped: [mixedValidationSentence(mixed)] } : {}),
  });
};
