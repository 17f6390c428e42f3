import { parseCellAddress, rangeAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { ownedSheetsInPlan } from "../owned/owned-in-plan";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";
import type { KeptCell, KeptCellState } from "./kept-cell";
import type { ValidationBefore } from "./kept-validation";
import type { BlockNulls, UndoTargets } from "./undo-targets";
import { NULLS_LEAVE_CELLS } from "./undo-targets";
import type { AddedRule, UndoRecord, WrittenRange } from "./undo-record";
import { UNNAMED_RUN } from "./undo-sentences";

/** What the executor read just before the run, for exactly the targets (undoTargets). */
export interface BeforeRun {
  /** Every cell of `targets.cells` as it is now. */
  cell: (sheet: string, row: number, column: number) => KeptCellState;
  /** The validation on each of `targets.validations`' ranges, in the same order. */
  validations: readonly ValidationBefore[];
  /** The earlier highlighting rules the run's clearHighlighting takes off `targets.clears`, as found. */
  removedRules?: readonly AddedRule[];
}

interface CellAfter {
  kept: KeptCellState;
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null | undefined;
  fontColour: string | null | undefined;
  bold: boolean | undefined;
}

const key = (sheet: string, row: number, column: number): string =>
  `${sheet}\u0000${row}\u0000${column}`;

const blank = (value: CellValue): boolean => value === null || value === "";
const sameValue = (a: CellValue, b: CellValue): boolean => (blank(a) && blank(b)) || a === b;
const sameColour = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? null)?.toUpperCase() === (b ?? null)?.toUpperCase();

const changed = (cell: CellAfter): boolean => {
  const was = cell.kept;
  return (
    !sameValue(was.value, cell.value) ||
    was.formula !== cell.formula ||
    was.numberFormat !== cell.numberFormat ||
    (was.fill === undefined ? cell.fill !== undefined : !sameColour(was.fill, cell.fill)) ||
    (was.fontColour === undefined
      ? cell.fontColour !== undefined
      : !sameColour(was.fontColour, cell.fontColour)) ||
    (was.bold === undefined ? cell.bold !== undefined : was.bold !== cell.bold)
  );
};

/** Play one operation over the target cells it reaches, as the executor will (nulls as it reads them). */
const play = (
  op: WriteOp,
  at: (row: number, column: number) => CellAfter | undefined,
  nulls: BlockNulls
): void => {
  const block = <T>(
    topLeft: string,
    rows: readonly (readonly T[])[],
    apply: (cell: CellAfter, entry: T) => void
  ): void => {
    const origin = parseCellAddress(topLeft);
    if (!origin) return;
    rows.forEach((row, r) =>
      row.forEach((entry, c) => {
        const cell = at(origin.row + r, origin.column + c);
        if (cell) apply(cell, entry);
      })
    );
  };
  switch (op.kind) {
    case "values":
      return block(op.topLeft, op.values, (cell, value) => {
        if (value === null && nulls.values === "leave") return;
        // Strings are always written as text, never as formulas (both executors).
        cell.value = value === "" ? null : value;
        cell.formula = null;
      });
    case "numberFormats":
      return block(op.topLeft, op.formats, (cell, format) => {
        if (format !== null) cell.numberFormat = format === "" ? "General" : format;
      });
    case "fills":
      return block(op.topLeft, op.colours, (cell, colour) => {
        if (colour === null && nulls.fills === "leave") return;
        cell.fill = colour === null || colour === "" ? null : colour.toUpperCase();
      });
    case "cellFormats":
      return block(op.topLeft, op.formats, (cell, format) => {
        if (format?.fontColour !== undefined) cell.fontColour = format.fontColour.toUpperCase();
        if (format?.bold !== undefined) cell.bold = format.bold;
      });
    default:
      return;
  }
};

/** Every range the run writes in the council's sheets, for undo to stay inside (each once). */
const writtenRanges = (
  targets: UndoTargets,
  removedRules: readonly AddedRule[]
): WrittenRange[] => {
  const seen = new Set<string>();
  const ranges: WrittenRange[] = [];
  const add = (sheet: string, range: string): void => {
    const key = `${sheet}\u0000${range}`;
    if (seen.has(key)) return;
    seen.add(key);
    ranges.push({ sheet, range });
  };
  for (const { sheet, area } of targets.cells) add(sheet, rangeAddress(area));
  // The earlier highlighting it took off counts: undo lays it back.
  for (const { sheet, range } of [...targets.rules, ...removedRules, ...targets.validations])
    add(sheet, range);
  return ranges;
};

/**
 * The undo record for a run (docs/HISTORY.md#issue-6-3): each target cell as it was, kept only if the run really
 * changes it (so a second Refresh that rates everything the same keeps almost nothing), what the run
 * writes there (undo's co-author guard), the conditional formats it adds, the earlier highlighting
 * it takes off and the validations it replaces. Null when the run changes nothing in the council's own sheets: the earlier record then
 * stays, and Undo still undoes the last run that did change something.
 */
export const buildUndoRecord = (
  plan: WritePlan,
  targets: UndoTargets,
  before: BeforeRun,
  takenAt: string,
  nulls: BlockNulls = NULLS_LEAVE_CELLS
): UndoRecord | null => {
  const cells = new Map<string, CellAfter>();
  const order: { sheet: string; row: number; column: number }[] = [];
  for (const { sheet, area } of targets.cells) {
    for (let column = area.left; column <= area.right; column += 1) {
      for (let row = area.top; row <= area.bottom; row += 1) {
        const kept = before.cell(sheet, row, column);
        cells.set(key(sheet, row, column), {
          kept,
          ...kept,
          fill: kept.fill,
          fontColour: kept.fontColour,
          bold: kept.bold,
        });
        order.push({ sheet, row, column });
      }
    }
  }
  const owned = ownedSheetsInPlan(plan.ops);
  for (const op of plan.ops) {
    if (owned.has(op.sheet.toLowerCase())) continue;
    play(op, (row, column) => cells.get(key(op.sheet, row, column)), nulls);
  }
  const kept: KeptCell[] = [];
  for (const { sheet, row, column } of order) {
    const cell = cells.get(key(sheet, row, column));
    if (cell && changed(cell)) kept.push({ ...cell.kept, sheet, row, column, written: cell.value });
  }
  const validations = targets.validations.map((target, index) => ({
    ...target,
    before: before.validations[index] ?? null,
  }));
  const removedRules = [...(before.removedRules ?? [])];
  if (
    kept.length === 0 &&
    targets.rules.length === 0 &&
    removedRules.length === 0 &&
    validations.length === 0
  )
    return null;
  return {
    label: plan.label ?? UNNAMED_RUN,
    takenAt,
    cells: kept,
    rules: targets.rules,
    removedRules,
    validations,
    written: writtenRanges(targets, removedRules),
  };
};
