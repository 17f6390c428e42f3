/* global Excel */
import { rangeAddress } from "../core/model/address";
import { movedCells, type GuardedOp } from "../core/write-plan/check-write-plan";
import { rowOpArea } from "../core/write-plan/op-area";
import { toCellValue } from "./snapshot-cells";

/** Group re-reads so each sync's response stays near `maxBytes` (what was read earlier predicts its size). */
const groupByBytes = (ops: readonly GuardedOp[], maxBytes: number): GuardedOp[][] => {
  const groups: GuardedOp[][] = [];
  let group: GuardedOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = guardBytes(op);
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

/** The response a re-read of `op`'s cells is expected to bring back: what was read before, and the proxy. */
export const guardBytes = (op: GuardedOp): number => JSON.stringify(op.expected).length + 1_000;

const isFormula = (raw: unknown): boolean => typeof raw === "string" && raw.startsWith("=");

/**
 * Re-read the cells a WritePlan means to overwrite and list those a co-author changed since the
 * snapshot (docs/EXCEL.md#coauthoring: never trust a cached snapshot), compared as the core compares
 * them for both executors. One sync unless the cells are many megabytes. Returns "Actions!F12".
 */
export const findMovedCells = async (
  sheets: Map<string, Excel.Worksheet>,
  ops: readonly GuardedOp[],
  maxBytes: number,
  sync: () => Promise<void>
): Promise<string[]> => {
  const moved: string[] = [];
  for (const group of groupByBytes(ops, maxBytes)) {
    const reads = group.map((op) => {
      const area = rowOpArea(op);
      const sheet = sheets.get(op.sheet.toLowerCase());
      // Undo's cells are read with their formulas: Plan Tracker never writes one, so a formula there is not its writing (docs/HISTORY.md#issue-12-5).
      return area && sheet
        ? {
            op,
            range: sheet
              .getRange(rangeAddress(area))
              .load(op.kind === "restoreCells" ? "values, formulas" : "values"),
          }
        : null;
    });
    // One sync per few megabytes of cells, not per operation.
    await sync();
    for (const read of reads) {
      if (read === null) continue;
      // null would be Excel's over-the-limit failure; every cell then counts as moved, never as unchanged.
      const values: unknown[][] = read.range.values ?? [];
      const formulas: unknown[][] | null =
        read.op.kind === "restoreCells" ? (read.range.formulas ?? []) : null;
      moved.push(
        ...movedCells(read.op, (r, c) =>
          values[r] === undefined
            ? null
            : {
                value: toCellValue(values[r][c]),
                formula: formulas !== null && isFormula(formulas[r]?.[c]),
              }
        )
      );
      read.range.untrack();
    }
  }
  return moved;
};
