import type { WriteOp } from "../write-plan/write-plan";

/**
 * The sheets a WritePlan writes as Plan Tracker's own (lower-cased, as Excel compares names): those
 * it ensures with a mark. Every plan that writes an owned sheet ensures it first, so undo keeps
 * nothing of them and keeps everything of any council sheet, whatever it is called.
 */
export const ownedSheetsInPlan = (ops: readonly WriteOp[]): ReadonlySet<string> =>
  new Set(
    ops.flatMap((op) =>
      op.kind === "ensureSheet" && op.mark !== undefined ? [op.sheet.toLowerCase()] : []
    )
  );
