import type { RangeArea } from "../core/model/address";
import { opRows, type RowWriteOp, type WriteOpSizer } from "../core/write-plan/chunk-write-plan";
import type { CellFormat } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { borderEdges, CALL_BYTES } from "./format-layers";
import { rangeAreasOf, rowOpArea } from "../core/write-plan/op-area";
import { cellFormatKey, cellFormatLayers, toCellProperties } from "./queue-cell-formats";
import { fillLayers, PAINTED_CELL_BYTES, toExcelValue } from "./queue-write-op";

/**
 * Request bytes as Office.js will send them, for chunking (docs/EXCEL.md#limits). Deliberately generous: each
 * operation's range proxy and calls are a few hundred bytes each, payloads travel as JSON.
 */
const OP_OVERHEAD = 2_000;
/** A proxy or a call with a short argument: Office.js sends its path and arguments as JSON. */
const CALL = CALL_BYTES;
/** {} for a cell setCellProperties leaves alone. */
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
const newRuns = <T>(
  rows: readonly (readonly T[])[],
  row: number,
  key: (cell: T) => string
): number => {
  const above = row > 0 ? new Set(runsOf(rows[row - 1], key)) : new Set<string>();
  return runsOf(rows[row], key).filter((run) => !above.has(run)).length;
};

/**
 * Bytes per row of a block sent as rectangles plus per-cell setCellProperties (format-layers.ts):
 * each rectangle counted on its top row (its range and its property sets), each row's per-cell
 * rest as its JSON. Worked out once per operation, as the chunker asks row by row.
 */
const layeredRowBytes = (
  op: RowWriteOp,
  rectangles: { area: RangeArea; sets: number }[],
  perCellRow: (row: number) => number
): number[] => {
  const top = rowOpArea(op)?.top ?? 1;
  const bytes = opRows(op).map((_, row) => perCellRow(row));
  for (const { area, sets } of rectangles) bytes[area.top - top] += CALL * (1 + sets);
  return bytes;
};

const rowBytesOf = new WeakMap<RowWriteOp, number[]>();

const cached = (op: RowWriteOp, work: () => number[]): number[] => {
  const known = rowBytesOf.get(op);
  if (known) return known;
  const bytes = work();
  rowBytesOf.set(op, bytes);
  return bytes;
};

const setsOf = (area: RangeArea, format: CellFormat): number =>
  Object.entries(format).reduce(
    (sum, [setting, value]) =>
      sum + (value === undefined ? 0 : setting === "border" ? 3 * borderEdges(area) : 1),
    0
  );

const formatRowBytes = (
  op: Extract<RowWriteOp, { kind: "cellFormats" }>,
  row: number,
  cellProperties: boolean
): number => {
  if (!cellProperties) return newRuns(op.formats, row, cellFormatKey) * FORMAT_RUN;
  const area = rowOpArea(op);
  if (!area) return 0;
  return cached(op, () => {
    const { rectangles, perCell } = cellFormatLayers(area, op.formats);
    const perCellRow = (r: number) =>
      perCell[r].some((cell) => cell !== null)
        ? JSON.stringify(perCell[r].map(toCellProperties)).length + ROW_BRACKETS
        : 0;
    return layeredRowBytes(
      op,
      rectangles.map(({ area: rectangle, format }) => ({
        area: rectangle,
        sets: setsOf(rectangle, format),
      })),
      perCellRow
    );
  })[row];
};

const fillRowBytes = (op: Extract<RowWriteOp, { kind: "fills" }>, row: number): number => {
  const area = rowOpArea(op);
  if (!area) return 0;
  return cached(op, () => {
    const { rectangles, perCell } = fillLayers(area, op.colours);
    const perCellRow = (r: number) =>
      perCell[r].some(Boolean)
        ? perCell[r].reduce(
            (sum, goes) => sum + (goes ? PAINTED_CELL_BYTES : UNPAINTED_CELL),
            ROW_BRACKETS
          )
        : 0;
    return layeredRowBytes(
      op,
      rectangles.map(({ area: rectangle }) => ({ area: rectangle, sets: 1 })),
      perCellRow
    );
  })[row];
};

/** `ownRules` counts the earlier highlighting a clearHighlighting deletes on a sheet (one call each). */
export const excelSizer = (
  support: ExcelApiSupport,
  ownRules: (sheet: string) => number = () => 0
): WriteOpSizer => ({
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
        // Each row height is a range proxy and a property set (queue-sheet-layout.ts merges only runs of equal heights).
        return OP_OVERHEAD + (op.widths.length + 2 * (op.rowHeights?.length ?? 0)) * CALL;
      case "chart":
        return (
          OP_OVERHEAD +
          (op.chart.seriesColours?.length ?? 0) * 2 * CALL +
          JSON.stringify(op.chart).length
        );
      case "pageSetup":
        return OP_OVERHEAD + (op.footer?.length ?? 0);
      default:
        return OP_OVERHEAD;
    }
  },
  rowBytes: (op, row) => {
    if (op.kind === "fills") {
      // Cells cleared ("") go as rectangles either way.
      const clears = op.colours[row].includes("")
        ? newRuns(op.colours, row, (colour) => (colour === "" ? "clear" : "")) * FILL_RUN
        : 0;
      return support.cellProperties
        ? fillRowBytes(op, row) + clears
        : newRuns(op.colours, row, (colour) => colour?.toUpperCase() ?? "") * FILL_RUN;
    }
    if (op.kind === "cellFormats") return formatRowBytes(op, row, support.cellProperties);
    if (op.kind === "values") {
      // Exactly what goes: empty cells as "", text Excel could misread with a ' prefix, then a comma.
      return JSON.stringify(op.values[row].map(toExcelValue)).length + 1;
    }
    const cells = opRows(op)[row];
    // Number formats; restored cells go as formats, values and cell properties, about their JSON's size twice.
    return op.kind === "restoreCells"
      ? 2 * JSON.stringify(cells).length + 1
      : JSON.stringify(cells).length + cells.length + 1;
  },
});
