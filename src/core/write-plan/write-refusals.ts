import type { GatewayError } from "../gateway";
import { refusedWriteSentence } from "./write-op-problem";

/**
 * The refusals both executors give before they change anything, in one place, so the pane and the
 * CLI say the same thing whichever kind of workbook they hold (docs/EXCEL.md#one-executor-contract).
 */

/** A plan Plan Tracker built wrong: its bug, never the person's. */
export const refusedWrite = (problem: string, sheet: string): GatewayError => ({
  kind: "host-error",
  message: refusedWriteSentence(problem),
  sheet,
});

/** The sheet was there when the workbook was read: someone renamed or deleted it since. */
export const missingSheet = (sheet: string): GatewayError => ({
  kind: "changed-since-read",
  message: `The sheet "${sheet}" is no longer in the workbook (it may have been renamed or deleted), so Plan Tracker wrote nothing; please run the check again.`,
  sheet,
});

export const protectedSheet = (sheet: string): GatewayError => ({
  kind: "protected-sheet",
  message: `The sheet "${sheet}" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.`,
  sheet,
});

/** How many changed cells a sentence names before it only counts the rest. */
const NAMED = 5;

/**
 * Cells someone changed since the read (docs/EXCEL.md#coauthoring), always named with their sheet
 * ("Actions!C3"), in the plan's order; the error carries them all, the sentence the first few.
 */
export const changedSinceRead = (cells: readonly string[]): GatewayError => {
  const shown =
    cells.slice(0, NAMED).join(", ") +
    (cells.length > NAMED ? ` and ${cells.length - NAMED} more` : "");
  const count =
    cells.length === 1 ? "1 cell has" : `${cells.length.toLocaleString("en-GB")} cells have`;
  return {
    kind: "changed-since-read",
    message: `${count} changed since Plan Tracker read the workbook (${shown}), so nothing was written; run the check again to work from the latest values.`,
    cells: [...cells],
  };
};
