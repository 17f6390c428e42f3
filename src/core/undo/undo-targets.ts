import { parseCellAddress, type RangeArea } from "../model/address";
import { ownedSheetsInPlan } from "../owned/owned-in-plan";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";
import { cellRectangles } from "./cell-rectangles";
import type { AddedRule } from "./undo-record";

/**
 * How an executor reads `null` inside a block. Office.js leaves such a cell alone; Plan Tracker's
 * Excel executor empties values and clears fills for null (src/excel/queue-write-op.ts), while the
 * .xlsx executor leaves them. Which cells a run changes depends on it, so the executor says.
 */
export interface BlockNulls {
  values: "leave" | "clear";
  fills: "leave" | "clear";
}

export const NULLS_LEAVE_CELLS: BlockNulls = { values: "leave", fills: "leave" };

/** The cells, rules and dropdowns a WritePlan would change on sheets Plan Tracker does not own. */
export interface UndoTargets {
  /** Rectangles of cells, without overlaps, by sheet then column then row. */
  cells: { sheet: string; area: RangeArea }[];
  rules: AddedRule[];
  /** Ranges a dropdown is laid over, in plan order. */
  validations: { sheet: string; range: string }[];
  /** Sheets whose earlier Plan Tracker highlighting the run takes off (the executor finds the rules). */
  clears: string[];
}

/** Whether a run changes anything of the council's sheets at all (else there is nothing to keep). */
export const hasUndoTargets = (targets: UndoTargets): boolean =>
  targets.cells.length > 0 ||
  targets.rules.length > 0 ||
  targets.validations.length > 0 ||
  targets.clears.length > 0;

/** Column → set of rows, per sheet: the cells a plan touches, each once however many ops touch it. */
type Touched = Map<string, Map<number, Set<number>>>;

const touch = (touched: Touched, sheet: string, row: number, column: number): void => {
  let columns = touched.get(sheet);
  if (!columns) touched.set(sheet, (columns = new Map()));
  let rows = columns.get(column);
  if (!rows) columns.set(column, (rows = new Set()));
  rows.add(row);
};

/** Visit the cells of a 2-D block that the operation changes (`changes` says which entries count). */
const touchBlock = <T>(
  touched: Touched,
  sheet: string,
  topLeft: string,
  rows: readonly (readonly T[])[],
  changes: (entry: T) => boolean
): void => {
  const origin = parseCellAddress(topLeft);
  if (!origin) return;
  rows.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (changes(entry)) touch(touched, sheet, origin.row + r, origin.column + c);
    })
  );
};

/**
 * The cells, conditional formats and dropdowns of the council's own sheets that a WritePlan would
 * change (docs/HISTORY.md#issue-6-3): only these are kept for Undo last run, never Plan Tracker's own sheets, which
 * it rebuilds anyway. A null entry counts only where the executor clears with it.
 */
export const undoTargets = (
  plan: WritePlan,
  nulls: BlockNulls = NULLS_LEAVE_CELLS
): UndoTargets => {
  const touched: Touched = new Map();
  const rules: AddedRule[] = [];
  const validations: { sheet: string; range: string }[] = [];
  const clears: string[] = [];
  // Plan Tracker's own sheets by the plan's marks, not their names: a council sheet is always kept.
  const owned = ownedSheetsInPlan(plan.ops);
  for (const op of plan.ops) {
    if (owned.has(op.sheet.toLowerCase())) continue;
    if (op.kind === "clearHighlighting") clears.push(op.sheet);
    else visit(op, touched, rules, validations, nulls);
  }
  return {
    cells: [...touched.entries()].flatMap(([sheet, columns]) =>
      cellRectangles(columns).map((area) => ({ sheet, area }))
    ),
    rules,
    validations,
    clears,
  };
};

const visit = (
  op: WriteOp,
  touched: Touched,
  rules: AddedRule[],
  validations: { sheet: string; range: string }[],
  nulls: BlockNulls
): void => {
  switch (op.kind) {
    case "values":
      return touchBlock(
        touched,
        op.sheet,
        op.topLeft,
        op.values,
        (value) => value !== null || nulls.values === "clear"
      );
    case "numberFormats":
      return touchBlock(touched, op.sheet, op.topLeft, op.formats, (format) => format !== null);
    case "fills":
      return touchBlock(
        touched,
        op.sheet,
        op.topLeft,
        op.colours,
        (colour) => colour !== null || nulls.fills === "clear"
      );
    case "cellFormats":
      return touchBlock(
        touched,
        op.sheet,
        op.topLeft,
        op.formats,
        (format) => format !== null && Object.keys(format).length > 0
      );
    case "conditionalFormat":
      rules.push({ sheet: op.sheet, range: op.range, rule: op.rule });
      return;
    case "listValidation":
      validations.push({ sheet: op.sheet, range: op.range });
      return;
    default:
      // Sheets, layout and charts are only ever written to Plan Tracker's own sheets; Undo's own
      // operations are never recorded (undoing an undo is not offered).
      return;
  }
};
