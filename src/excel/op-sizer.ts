import { opRows, type WriteOpSizer } from "../core/write-plan/chunk-write-plan";
import type { ExcelApiSupport } from "./capabilities";

/**
 * Request bytes as Office.js will send them, for chunking (DESIGN §4.1). Deliberately generous: each
 * operation's range proxy and calls are a few hundred bytes each, payloads travel as JSON.
 */
const OP_OVERHEAD = 2_000;
/** {"format":{"fill":{"color":"#D4351C"}}} for a painted cell, {} for one left alone. */
const PAINTED_CELL = 40;
const UNPAINTED_CELL = 3;
/** "[" and "]" around each row and the comma after it. */
const ROW_BRACKETS = 3;
/** Without setCellProperties, each run of one colour is a range proxy plus a property set. */
const FILL_RUN = 1_000;

const runsIn = (row: readonly (string | null)[]): number => {
  let runs = row.length > 0 ? 1 : 0;
  for (let c = 1; c < row.length; c += 1) if (row[c] !== row[c - 1]) runs += 1;
  return runs;
};

export const excelSizer = (support: ExcelApiSupport): WriteOpSizer => ({
  overhead: () => OP_OVERHEAD,
  rowBytes: (op, row) => {
    if (op.kind === "fills") {
      const colours = op.colours[row];
      return support.cellProperties
        ? colours.reduce((sum, colour) => sum + (colour === null ? UNPAINTED_CELL : PAINTED_CELL), ROW_BRACKETS)
        : runsIn(colours) * FILL_RUN;
    }
    const cells = opRows(op)[row];
    // +1 per cell: empty cells go as "" and formula-like text gains a ' prefix.
    return JSON.stringify(cells).length + cells.length + 1;
  },
});
