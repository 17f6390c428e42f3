import { opRows, type WriteOpSizer } from "../core/write-plan/chunk-write-plan";
import type { CellFormat } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { rangeAreasOf } from "./op-area";
import { cellFormatKey, toCellProperties } from "./queue-cell-formats";
import { toExcelValue } from "./queue-write-op";

/**
 * Request bytes as Office.js will send them, for chunking (DESIGN §4.1). Deliberately generous: each
 * operation's range proxy and calls are a few hundred bytes each, payloads travel as JSON.
 */
const OP_OVERHEAD = 2_000;
/** A proxy or a call with a short argument: Office.js sends its path and arguments as JSON. */
const CALL = 500;
/** {"format":{"fill":{"color":"#D4351C"}}} for a painted cell, {} for one left alone. */
const PAINTED_CELL = 40;
const UNPAINTED_CELL = 3;
/** "[" and "]" around each row and the comma after it. */
const ROW_BRACKETS = 3;
/** Without setCellProperties, each run of one colour is a range proxy plus a property set. */
const FILL_RUN = 1_000;
/** Without setCellProperties, a run of one cell format is a range proxy and up to ten property sets (borders are four). */
const FORMAT_RUN = 6_000;

/** Each run of equal cells along a row, as "start:end:key". */
const runsOf = <T>(row: readonly T[], key: (cell: T) => string): string[] => {
  const runs: string[] = [];
  let start = 0;
  for (let c = 1; c <= row.length; c += 1) {
    if (c < row.length && key(row[c]) === key(row[start])) continue;
    runs.push(`${start}:${c - 1}:${key(row[start])}`);
    start = c;
  }
  return runs;
};

/**
 * Runs of a row that start a new rectangle: a run the row above repeats only makes that rectangle
 * taller and costs nothing (fill-rectangles.ts), so a uniform column costs one rectangle, not one per
 * row, and the sync count follows the bytes really sent. A slice's first row re-opens its
 * rectangles: at most one row's runs more than estimated, well inside the 1 MB between the 4 MB
 * budget and Excel's 5 MB.
 */
const newRuns = <T>(rows: readonly (readonly T[])[], row: number, key: (cell: T) => string): number => {
  const above = row > 0 ? new Set(runsOf(rows[row - 1], key)) : new Set<string>();
  return runsOf(rows[row], key).filter((run) => !above.has(run)).length;
};

const formatRowBytes = (formats: readonly (readonly (CellFormat | null)[])[], row: number, cellProperties: boolean): number =>
  cellProperties ? JSON.stringify(formats[row].map(toCellProperties)).length + ROW_BRACKETS : newRuns(formats, row, cellFormatKey) * FORMAT_RUN;

/** `ownRules` counts the earlier highlighting a clearHighlighting deletes on a sheet (one call each). */
export const excelSizer = (support: ExcelApiSupport, ownRules: (sheet: string) => number = () => 0): WriteOpSizer => ({
  overhead: (op) => {
    switch (op.kind) {
      case "clearHighlighting":
        return OP_OVERHEAD + ownRules(op.sheet) * CALL;
      case "conditionalFormat": {
        // Before ExcelApi 1.9 each area of a multi-area rule is a rule of its own.
        const areas = support.rangeAreas ? 1 : (rangeAreasOf(op.range)?.length ?? 1);
        return OP_OVERHEAD * areas + op.range.length;
      }
      case "columnWidths":
        return OP_OVERHEAD + op.widths.length * CALL;
      case "chart":
        return OP_OVERHEAD + (op.chart.seriesColours?.length ?? 0) * 2 * CALL + JSON.stringify(op.chart).length;
      case "pageSetup":
        return OP_OVERHEAD + (op.footer?.length ?? 0);
      default:
        return OP_OVERHEAD;
    }
  },
  rowBytes: (op, row) => {
    if (op.kind === "fills") {
      const colours = op.colours[row];
      return support.cellProperties
        ? colours.reduce((sum, colour) => sum + (colour === null ? UNPAINTED_CELL : PAINTED_CELL), ROW_BRACKETS)
        : newRuns(op.colours, row, (colour) => colour?.toUpperCase() ?? "") * FILL_RUN;
    }
    if (op.kind === "cellFormats") return formatRowBytes(op.formats, row, support.cellProperties);
    if (op.kind === "values") {
      // Exactly what goes: empty cells as "", text Excel could misread with a ' prefix, then a comma.
      return JSON.stringify(op.values[row].map(toExcelValue)).length + 1;
    }
    const cells = opRows(op)[row];
    // Number formats; restored cells go as formats, values and cell properties, about their JSON's size twice.
    return op.kind === "restoreCells" ? 2 * JSON.stringify(cells).length + 1 : JSON.stringify(cells).length + cells.length + 1;
  },
});
