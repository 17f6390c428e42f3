/* global Excel */
import {
  cellAddress,
  columnNumber,
  parseRangeAddress,
  rangeAddress,
  type RangeArea,
} from "../core/model/address";
import type { FillRequest } from "../core/gateway";
import { readInBudget, type AreaPiece } from "./read-in-budget";
import { jsonBytesOfRows, learntDensity } from "./response-bytes";

/** Excel reports "no fill" as white; the snapshot keeps filled cells only. */
const NO_FILL = "#FFFFFF";

/**
 * A requested range as a bounded area. Whole columns ("E:E") and rows ("5:5") are clipped to the
 * sheet's used rows or columns: unbounded ranges read cell properties as null (docs/EXCEL.md#reading-and-writing).
 */
export const boundFillRange = (address: string, used: RangeArea | null): RangeArea | null => {
  const text = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .trim()
    .toUpperCase();
  const bounded = parseRangeAddress(text);
  if (bounded) return bounded;
  if (used === null) return null;
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (columns) {
    const [left, right] = [columnNumber(columns[1]), columnNumber(columns[2])].sort(
      (a, b) => a - b
    );
    return { top: used.top, bottom: used.bottom, left, right };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(text);
  if (rows) {
    const [top, bottom] = [Number(rows[1]), Number(rows[2])].sort((a, b) => a - b);
    return { top, bottom, left: used.left, right: used.right };
  }
  return null;
};

/**
 * The prior for getCellProperties({ format: { fill: { color } } }), in response bytes per cell until
 * the first group has come back: {"format":{"fill":{"color":"#FFFFFF"}}} is 38, and in a one-column
 * range each cell is a row of its own ([…] and a comma: 42); every cell is sent, filled or not. 44
 * leaves a little over that; what comes back is learnt for the rest.
 */
const FILL_BYTES_PER_CELL = 44;

const colourOf = (cell: unknown): string | null => {
  const format =
    typeof cell === "object" && cell !== null
      ? (cell as { format?: { fill?: { color?: unknown } } }).format
      : undefined;
  const colour = format?.fill?.color;
  return typeof colour === "string" && colour !== "" ? colour.toUpperCase() : null;
};

/**
 * Fill colours of the requested ranges with getCellProperties (ExcelApi 1.9), one call per range, in
 * one sync unless the cells' properties pass 4 MB (read-in-budget.ts: a BCP-style colour-only RAG
 * column of 100,000 rows is 4.2 MB, so two). Returns sheet name → A1 address → "#RRGGBB".
 */
export const readFills = async (
  sync: () => Promise<void>,
  worksheets: Map<string, Excel.Worksheet>,
  requests: readonly FillRequest[],
  usedAreas: Map<string, RangeArea | null>,
  limits: { maxBytes: number; maxCells: number }
): Promise<Map<string, Record<string, string>>> => {
  const pieces: AreaPiece[] = [];
  for (const request of requests) {
    if (!worksheets.has(request.sheet)) continue;
    for (const address of request.ranges) {
      const area = boundFillRange(address, usedAreas.get(request.sheet) ?? null);
      if (area) pieces.push({ sheet: request.sheet, area });
    }
  }
  const loaded = await readInBudget(
    sync,
    pieces,
    (piece) => {
      const result = worksheets
        .get(piece.sheet)
        ?.getRange(rangeAddress(piece.area))
        .getCellProperties({ format: { fill: { color: true } } });
      return () => result?.value ?? [];
    },
    jsonBytesOfRows,
    { ...limits, density: learntDensity(FILL_BYTES_PER_CELL) }
  );
  const fills = new Map<string, Record<string, string>>();
  for (const { piece, loaded: cells } of loaded) {
    const sheetFills = fills.get(piece.sheet) ?? {};
    fills.set(piece.sheet, sheetFills);
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const colour = colourOf(cell);
        if (colour !== null && colour !== NO_FILL)
          sheetFills[cellAddress(piece.area.top + r, piece.area.left + c)] = colour;
      })
    );
  }
  return fills;
};
