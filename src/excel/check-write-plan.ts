import { qualifiedAddress, rangeAddress } from "../core/model/address";
import type { GatewayError } from "../core/gateway";
import { isRowOp, opRows } from "../core/write-plan/chunk-write-plan";
import type { WriteOp } from "../core/write-plan/write-plan";
import { insideGrid, rangeOpArea, rowOpArea } from "./op-area";

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

const isRectangle = (rows: readonly (readonly unknown[])[]): boolean =>
  rows.length > 0 && rows[0].length > 0 && rows.every((row) => Array.isArray(row) && row.length === rows[0].length);

/** What is wrong with one operation, in words, or null. */
const problemWith = (op: WriteOp): string | null => {
  if (typeof op.sheet !== "string" || op.sheet.trim() === "") return "an operation names no sheet";
  if (op.kind === "ensureSheet" || op.kind === "clearSheet") {
    return op.sheet.length > 31 || /[:\\/?*[\]]/.test(op.sheet) ? `"${op.sheet}" is not a name Excel allows for a sheet` : null;
  }
  if (isRowOp(op)) {
    const rows = opRows(op);
    const where = qualifiedAddress(op.sheet, op.topLeft);
    if (!isRectangle(rows)) return `the ${op.kind} for ${where} are not a rectangle of cells`;
    const area = rowOpArea(op);
    if (!area || area.top < 1 || area.left < 1) return `"${op.topLeft}" is not a cell address`;
    if (!insideGrid(area)) return `the ${op.kind} for ${where} run past the edge of the sheet`;
    if (op.kind === "values" && op.expected !== undefined) {
      if (op.expected.length !== rows.length || op.expected.some((row) => row.length !== rows[0].length)) {
        return `the values read earlier for ${where} are not the same size as the values to write`;
      }
    }
    if (op.kind === "fills" && op.colours.some((row) => row.some((colour) => colour !== null && !COLOUR.test(colour)))) {
      return `a fill for ${where} is not a colour like #D4351C`;
    }
    return null;
  }
  const area = rangeOpArea(op);
  if (!area || !insideGrid(area)) return `"${op.range}" is not a bounded range on "${op.sheet}"`;
  if (op.kind === "conditionalFormat") {
    if (op.rule.formula.trim() === "") return `the conditional format for ${qualifiedAddress(op.sheet, rangeAddress(area))} has no formula`;
    if (!COLOUR.test(op.rule.fill) || (op.rule.fontColour !== undefined && !COLOUR.test(op.rule.fontColour))) {
      return `the conditional format for ${qualifiedAddress(op.sheet, rangeAddress(area))} has a colour that is not like #D4351C`;
    }
  }
  if (op.kind === "listValidation" && op.source.trim() === "") return `the dropdown for ${op.range} on "${op.sheet}" has no list`;
  return null;
};

/** Refuse, before touching Excel, a WritePlan Excel could only half-apply. A failure here is a Plan Tracker bug. */
export const checkWritePlan = (ops: readonly WriteOp[]): GatewayError | null => {
  for (const op of ops) {
    const problem = problemWith(op);
    if (problem !== null) {
      return { kind: "host-error", message: `Plan Tracker prepared a change it cannot write (${problem}), so nothing was written; please report this.`, sheet: op.sheet };
    }
  }
  return null;
};
