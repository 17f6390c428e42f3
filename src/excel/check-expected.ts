/* global Excel */
import { cellAddress, qualifiedAddress, rangeAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { WriteOp } from "../core/write-plan/write-plan";
import { rowOpArea } from "../core/write-plan/op-area";
import { toCellValue } from "./snapshot-cells";

/** Values, or Undo last run's restored cells: both carry what the cells should still hold. */
export type GuardedValuesOp = Extract<WriteOp, { kind: "values" | "restoreCells" }> & { expected: CellValue[][] };

export const isGuarded = (op: WriteOp): op is GuardedValuesOp => (op.kind === "values" || op.kind === "restoreCells") && op.expected !== undefined;

const same = (now: CellValue, then: CellValue): boolean => now === then || (now === null && then === "") || (now === "" && then === null);

/** Group re-reads so each sync's response stays near `maxBytes` (what was read earlier predicts its size). */
const groupByBytes = (ops: GuardedValuesOp[], maxBytes: number): GuardedValuesOp[][] => {
  const groups: GuardedValuesOp[][] = [];
  let group: GuardedValuesOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = JSON.stringify(op.expected).length + 1_000;
    if (group.length > 0 && bytes + size > maxBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(op);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
};

/**
 * Re-read the cells a WritePlan means to overwrite and list those a co-author changed since the
 * snapshot (docs/EXCEL.md#coauthoring: never trust a cached snapshot). One sync unless the cells are many
 * megabytes. Returns qualified addresses ("Actions!F12").
 */
export const findMovedCells = async (
  context: Excel.RequestContext,
  sheets: Map<string, Excel.Worksheet>,
  ops: GuardedValuesOp[],
  maxBytes: number,
  sync: () => Promise<void>,
): Promise<string[]> => {
  const moved: string[] = [];
  for (const group of groupByBytes(ops, maxBytes)) {
    const reads = group.map((op) => {
      const area = rowOpArea(op);
      const sheet = sheets.get(op.sheet.toLowerCase());
      // Undo's cells are read with their formulas: Plan Tracker never writes one, so a formula there is not its writing (docs/HISTORY.md#issue-12-5).
      return area && sheet ? { op, area, range: sheet.getRange(rangeAddress(area)).load(op.kind === "restoreCells" ? "values, formulas" : "values") } : null;
    });
    // One sync per few megabytes of cells, not per operation.
    await sync();
    for (const read of reads) {
      if (read === null) continue;
      // null would be Excel's over-the-limit failure; every cell then counts as moved, never as unchanged.
      const now: unknown[][] = read.range.values ?? [];
      const formulas: unknown[][] | null = read.op.kind === "restoreCells" ? (read.range.formulas ?? []) : null;
      const formulaAt = (r: number, c: number): boolean => formulas !== null && typeof formulas[r]?.[c] === "string" && String(formulas[r][c]).startsWith("=");
      read.op.expected.forEach((row, r) =>
        row.forEach((then, c) => {
          if (now[r] === undefined || formulaAt(r, c) || !same(toCellValue(now[r][c]), then)) moved.push(qualifiedAddress(read.op.sheet, cellAddress(read.area.top + r, read.area.left + c)));
        }),
      );
      read.range.untrack();
    }
  }
  return moved;
};
