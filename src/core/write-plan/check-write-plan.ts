import type { GatewayError } from "../gateway";
import { cellAddress, qualifiedAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { rowOpArea } from "./op-area";
import { writeOpProblem } from "./write-op-problem";
import type { WriteOp } from "./write-plan";
import { missingSheet, protectedSheet, refusedWrite } from "./write-refusals";

/**
 * The checks both executors make before they change anything, in the same order, so a WritePlan is
 * refused with the same error whichever kind of workbook it meets (docs/EXCEL.md#one-executor-contract):
 * 1. the plan itself (planFault), before the workbook is even read;
 * 2. its sheets (sheetFault), once the executor knows which exist and which are protected;
 * 3. the cells it overwrites (movedCells), once the executor has read them again.
 */

/** Excel's limit on the characters one cell holds (Excel specifications and limits). */
const MAX_CELL_CHARACTERS = 32_767;

/** Limits writeOpProblem leaves to the executors' shared check: a name Excel refuses, text too long for a cell. */
const cellAndNameProblem = (op: WriteOp): string | null => {
  // Excel refuses a sheet name that starts or ends with an apostrophe, as it would be read as quoting.
  if (op.kind === "ensureSheet" && (op.sheet.startsWith("'") || op.sheet.endsWith("'")))
    return `"${op.sheet}" is not a name Excel allows for a sheet`;
  if (op.kind !== "values") return null;
  const area = rowOpArea(op);
  for (const [r, row] of op.values.entries()) {
    const c = row.findIndex(
      (value) => typeof value === "string" && value.length > MAX_CELL_CHARACTERS
    );
    if (c >= 0 && area)
      return `the value for ${qualifiedAddress(op.sheet, cellAddress(area.top + r, area.left + c))} is longer than Excel's 32,767 characters`;
  }
  return null;
};

/** The first operation Excel could only half-apply, as the refusal both executors give; a Plan Tracker bug. */
export const planFault = (ops: readonly WriteOp[]): GatewayError | null => {
  for (const op of ops) {
    const problem = writeOpProblem(op) ?? cellAndNameProblem(op);
    if (problem !== null) return refusedWrite(problem, op.sheet);
  }
  return null;
};

/** What an executor knows about the workbook's sheets when it checks a plan. */
export interface SheetsNow {
  /** The sheet's name in the workbook, matched as Excel matches names (ignoring case); undefined when there is none. */
  nameOf(sheet: string): string | undefined;
  /** By the workbook's own name. */
  isProtected(name: string): boolean;
  /** Whether clearHighlighting would take any earlier Plan Tracker rule off the sheet (by the workbook's name). */
  hasOwnHighlighting(name: string): boolean;
}

/**
 * A sheet the plan writes that is not there, or is protected. A sheet the plan creates anywhere in it
 * counts as there: both executors create the plan's sheets before writing into any.
 */
export const sheetFault = (ops: readonly WriteOp[], sheets: SheetsNow): GatewayError | null => {
  const created = new Set(
    ops.filter((op) => op.kind === "ensureSheet").map((op) => op.sheet.toLowerCase())
  );
  for (const op of ops) {
    if (op.kind === "ensureSheet") continue;
    const name = sheets.nameOf(op.sheet);
    if (name === undefined) {
      if (created.has(op.sheet.toLowerCase())) continue;
      return missingSheet(op.sheet);
    }
    // Taking nothing off a sheet changes nothing there, so its protection does not matter.
    if (op.kind === "clearHighlighting" && !sheets.hasOwnHighlighting(name)) continue;
    if (sheets.isProtected(name)) return protectedSheet(name);
  }
  return null;
};

/** Values, or Undo last run's restored cells, carrying what the cells held when they were read. */
export type GuardedOp = Extract<WriteOp, { kind: "values" | "restoreCells" }> & {
  expected: CellValue[][];
};

export const isGuarded = (op: WriteOp): op is GuardedOp =>
  (op.kind === "values" || op.kind === "restoreCells") && op.expected !== undefined;

/** A cell as the executor read it again just before writing. */
export interface CellNow {
  value: CellValue;
  /** Whether it holds a formula (only asked for restoreCells). */
  formula: boolean;
}

/** Empty and null are the same cell: Office.js reads an empty cell as "", exceljs as null. */
const same = (now: CellValue, then: CellValue): boolean =>
  now === then || ((now === null || now === "") && (then === null || then === ""));

/**
 * The cells of `op` that no longer hold what was read (docs/EXCEL.md#coauthoring), as "Sheet!C3", row by
 * row. `now(r, c)` gives the cell r rows below and c columns right of the op's top-left, or null when
 * it could not be read (it then counts as changed, never as unchanged).
 */
export const movedCells = (
  op: GuardedOp,
  now: (r: number, c: number) => CellNow | null
): string[] => {
  const area = rowOpArea(op);
  if (!area) return [];
  const moved: string[] = [];
  op.expected.forEach((row, r) =>
    row.forEach((then, c) => {
      const cell = now(r, c);
      // Plan Tracker writes values, never formulas: a formula where undo would put a cell back is not its writing (docs/HISTORY.md#issue-12-5).
      const formulaNow = op.kind === "restoreCells" && cell !== null && cell.formula;
      if (cell === null || formulaNow || !same(cell.value, then))
        moved.push(qualifiedAddress(op.sheet, cellAddress(area.top + r, area.left + c)));
    })
  );
  return moved;
};
