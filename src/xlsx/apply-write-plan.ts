import type { Workbook, Worksheet } from "exceljs";
import type { ApplyReport, GatewayError } from "../core/gateway";
import { parseCellAddress } from "../core/model/address";
import { err, ok, type Result } from "../core/result";
import {
  isGuarded,
  movedCells,
  planFault,
  sheetFault,
  type CellNow,
  type GuardedOp,
  type SheetsNow,
} from "../core/write-plan/check-write-plan";
import type { WriteOp, WritePlan } from "../core/write-plan/write-plan";
import { changedSinceRead } from "../core/write-plan/write-refusals";
import { applyOp } from "./apply-op";
import { PendingCharts } from "./charts/pending-charts";
import { keepUndo } from "./keep-undo";
import { ownHighlighting } from "./own-highlighting";
import { normaliseCellValue } from "./read-cell-value";
import { worksheetNamed } from "./worksheet-named";

/**
 * The .xlsx executor: applies a WritePlan to the in-memory exceljs workbook in the phases and with
 * the checks the Office.js executor has (docs/EXCEL.md#one-executor-contract): every check is the
 * core's (check-write-plan.ts), made before anything is changed; what each operation does is
 * apply-op.ts. Operations run in plan order (the core puts number formats before values,
 * docs/EXCEL.md#reading-and-writing), bar the sheets the plan creates, which come first, as in Excel.
 */

const isProtected = (worksheet: Worksheet): boolean => {
  const protection: unknown = Reflect.get(worksheet, "sheetProtection");
  return (
    typeof protection === "object" &&
    protection !== null &&
    Boolean(Reflect.get(protection, "sheet"))
  );
};

/** What the core's sheet check needs to know about the workbook. */
const sheetsNow = (workbook: Workbook): SheetsNow => ({
  nameOf: (sheet) => worksheetNamed(workbook, sheet)?.name,
  isProtected: (name) => {
    const worksheet = worksheetNamed(workbook, name);
    return worksheet !== undefined && isProtected(worksheet);
  },
  hasOwnHighlighting: (name) => {
    const worksheet = worksheetNamed(workbook, name);
    return worksheet !== undefined && ownHighlighting(worksheet).length > 0;
  },
});

const holdsFormula = (value: unknown): boolean =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/** The cells of a guarded operation as they are now, in the same terms as the snapshot that was read. */
const cellsNow = (workbook: Workbook, op: GuardedOp): ((r: number, c: number) => CellNow) => {
  const worksheet = worksheetNamed(workbook, op.sheet);
  const origin = parseCellAddress(op.topLeft);
  return (r, c) => {
    const cell = origin ? worksheet?.findCell(origin.row + r, origin.column + c) : undefined;
    if (!cell) return { value: null, formula: false };
    // A merged cell's other cells show nothing, as Range.values gives them.
    return {
      value: cell.isMerged && cell.master !== cell ? null : normaliseCellValue(cell.value),
      formula: holdsFormula(cell.value),
    };
  };
};

/** Write in order, the sheets the operations create first; `index` numbers them in the plan. */
const writeOps = (
  workbook: Workbook,
  ops: readonly WriteOp[],
  charts: PendingCharts,
  onDone?: (done: number) => void
): void => {
  const placed = ops.map((op, index) => ({ op, index }));
  const ordered = [
    ...placed.filter(({ op }) => op.kind === "ensureSheet"),
    ...placed.filter(({ op }) => op.kind !== "ensureSheet"),
  ];
  ordered.forEach(({ op, index }, done) => {
    applyOp(workbook, op, index, charts);
    onDone?.(done + 1);
  });
};

export interface ApplyOptions {
  /**
   * Keep what the plan overwrites in sheets Plan Tracker does not own, in its undo sheet, before
   * writing (docs/HISTORY.md#issue-6-3); the time stamps the record. Absent for undo itself.
   */
  keepUndo?: { takenAt: string };
}

/**
 * Applies the whole plan, or nothing at all when a check fails: check the plan, its sheets and the
 * cells a co-author may have changed; keep for undo (the record written first, checked like the
 * plan); write. Charts go to `charts`, which the gateway's save() writes into the file.
 */
export const applyWritePlan = (
  workbook: Workbook,
  plan: WritePlan,
  onProgress?: (done: number, total: number) => void,
  charts: PendingCharts = new PendingCharts(),
  options: ApplyOptions = {}
): Result<ApplyReport, GatewayError> => {
  const now = sheetsNow(workbook);
  const fault = planFault(plan.ops) ?? sheetFault(plan.ops, now);
  if (fault) return err(fault);
  const moved = plan.ops.filter(isGuarded).flatMap((op) => movedCells(op, cellsNow(workbook, op)));
  if (moved.length > 0) return err(changedSinceRead(moved));

  // Read only once the plan is known to fit the grid.
  const undoOps = options.keepUndo ? keepUndo(workbook, plan, options.keepUndo.takenAt) : [];
  const undoFault = sheetFault(undoOps, now);
  if (undoFault) return err(undoFault);

  const total = plan.ops.length;
  try {
    writeOps(workbook, undoOps, charts);
    // Progress counts the plan's own operations; the undo record is written before them.
    writeOps(workbook, plan.ops, charts, (done) => onProgress?.(done, total));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({
      kind: "host-error",
      message: `Plan Tracker could not finish changing the workbook (${reason}); the file on disk has not been touched.`,
    });
  }
  return ok({ opsApplied: total, syncs: 0 });
};
