import type { GatewayError } from "../core/gateway";
import { ownedSheetsOf } from "../core/owned/owned-sheets-of";
import { placeUndoOps } from "../core/owned/undo-sheet-ops";
import { UNDO_SHEET } from "../core/rag/write/owned-sheets";
import { err, ok, type Result } from "../core/result";
import { buildUndoRecord } from "../core/undo/build-undo-record";
import { undoRecordOps } from "../core/undo/encode-undo-record";
import { FORMATS_NOT_KEPT } from "../core/undo/undo-sentences";
import { sheetFault } from "../core/write-plan/check-write-plan";
import type { WriteOp, WritePlan } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { EXCEL_NULLS, type ReadBeforeWrite } from "./read-before-write";
import type { SheetsBeforeWrite } from "./sheets-before-write";
import { toCellValue } from "./snapshot-cells";

/**
 * The operations that write the undo record into Plan Tracker's undo sheet (docs/HISTORY.md#issue-6-3),
 * from what was read before the write, checked like the plan's own: the record goes on a sheet found
 * by its mark, and a protected undo sheet refuses the run before anything is written.
 */
export const keepForUndo = (
  support: ExcelApiSupport,
  plan: WritePlan,
  ops: readonly WriteOp[],
  read: SheetsBeforeWrite,
  needed: ReadBeforeWrite,
  takenAt: string
): Result<{ ops: WriteOp[]; skipped: string[] }, GatewayError> => {
  if (needed.undo === null) return ok({ ops: [], skipped: [] });
  const { legacyUndo } = needed;
  const roles = read.marks.roles();
  const undoSheet = ownedSheetsOf(
    read.worksheets.items.map((sheet) => ({
      name: sheet.name,
      mark: roles.get(sheet.name.toLowerCase()),
      ...(legacyUndo !== null && sheet.name.toLowerCase() === UNDO_SHEET.toLowerCase()
        ? { firstRow: 1, firstColumn: 1, values: [[toCellValue(legacyUndo.values[0]?.[0])]] }
        : {}),
    }))
  ).of("undo").name;
  const removedRules = read.own?.removed() ?? [];
  const record = buildUndoRecord(
    { ...plan, ops: [...ops] },
    needed.undo.targets,
    { ...needed.undo.before, removedRules },
    takenAt,
    EXCEL_NULLS
  );
  if (record === null) return ok({ ops: [], skipped: [] });
  const undoOps = placeUndoOps(undoRecordOps(record), undoSheet);
  const fault = sheetFault(undoOps, read.now);
  if (fault) return err(fault);
  return ok({
    ops: undoOps,
    skipped: record.cells.length > 0 && !support.cellProperties ? [FORMATS_NOT_KEPT] : [],
  });
};
