import { UNDO_SHEET } from "../rag/write/owned-sheets";
import type { WriteOp } from "../write-plan/write-plan";

/**
 * The undo record's ops (encode-undo-record.ts writes them for the usual name) moved to the undo
 * sheet the executor found by its mark, or to the free name it chose, and marked: a council sheet
 * called "Plan Tracker Undo" is never cleared for the record.
 */
export const placeUndoOps = (ops: readonly WriteOp[], undoSheet: string): WriteOp[] =>
  ops.map((op): WriteOp => {
    if (op.sheet !== UNDO_SHEET) return op;
    return op.kind === "ensureSheet"
      ? { ...op, sheet: undoSheet, mark: "undo" }
      : { ...op, sheet: undoSheet };
  });
