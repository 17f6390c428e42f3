import type { Workbook } from "exceljs";
import { buildUndoRecord, type BeforeRun } from "../core/undo/build-undo-record";
import { undoRecordOps } from "../core/undo/encode-undo-record";
import { hasUndoTargets, NULLS_LEAVE_CELLS, undoTargets } from "../core/undo/undo-targets";
import type { WriteOp, WritePlan } from "../core/write-plan/write-plan";
import { readCellState } from "./cell-state";
import { validationBefore } from "./data-validations";
import { ownHighlighting } from "./own-highlighting";
import { placeUndoOps } from "../core/owned/undo-sheet-ops";
import { undoSheetOf } from "./sheet-marks";
import { worksheetNamed } from "./worksheet-named";

const EMPTY_SHEET_CELL = {
  value: null,
  formula: null,
  numberFormat: "General",
  fill: null,
  fontColour: null,
  bold: false,
} as const;

/**
 * Before a plan writes into the council's own sheets, what it will overwrite there (values,
 * formulas, formats, fills, fonts, the dropdowns it replaces, the earlier highlighting it takes
 * off) as the operations that write the undo record into Plan Tracker's undo sheet (docs/HISTORY.md#issue-6-3).
 * This executor leaves a cell alone for null, so those cells are not kept. Nothing when the plan
 * writes only Plan Tracker's own sheets.
 */
export const keepUndo = (workbook: Workbook, plan: WritePlan, takenAt: string): WriteOp[] => {
  const targets = undoTargets(plan, NULLS_LEAVE_CELLS);
  if (!hasUndoTargets(targets)) return [];
  const before: BeforeRun = {
    cell: (sheet, row, column) => {
      const worksheet = worksheetNamed(workbook, sheet);
      // getCell, not findCell: an empty cell still carries its row's or column's style.
      return worksheet ? readCellState(worksheet.getCell(row, column)) : { ...EMPTY_SHEET_CELL };
    },
    validations: targets.validations.map(({ sheet, range }) => {
      const worksheet = worksheetNamed(workbook, sheet);
      return worksheet ? validationBefore(worksheet, range) : null;
    }),
    // The earlier highlighting each clearHighlighting will take off, as it is now.
    removedRules: targets.clears.flatMap((sheet) => {
      const worksheet = worksheetNamed(workbook, sheet);
      return worksheet ? ownHighlighting(worksheet) : [];
    }),
  };
  const record = buildUndoRecord(plan, targets, before, takenAt, NULLS_LEAVE_CELLS);
  // Into the undo sheet found by its mark, never a council sheet that happens to have its name.
  return record === null ? [] : placeUndoOps(undoRecordOps(record), undoSheetOf(workbook));
};
