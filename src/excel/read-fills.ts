/* global Excel */
import { cellAddress, columnNumber, parseRangeAddress, rangeAddress, type RangeArea } from "../core/model/address";
import type { FillRequest } from "../core/gateway";
import { syncInHalves } from "./sync-in-halves";

/** Excel reports "no fill" as white; the snapshot keeps filled cells only. */
const NO_FILL = "#FFFFFF";

/** Cells per getCellProperties call, well under Excel's 5,000,000-cell read limit. */
const CELLS_PER_CALL = 500_000;

/**
 * A requested range as a bounded area. Whole columns ("E:E") and rows ("5:5") are clipped to the
 * sheet's used rows or columns: unbounded ranges read cell properties as null (DESIGN §4.2).
 */
export const boundFillRange = (address: string, used: RangeArea | null): RangeArea | null => {
  const text = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
  const bounded = parseRangeAddress(text);
  if (bounded) return bounded;
  if (used === null) return null;
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (columns) {
    const [left, right] = [columnNumber(columns[1]), columnNumber(columns[2])].sort((a, b) => a - b);
    return { top: used.top, bottom: used.bottom, left, right };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(text);
  if (rows) {
    const [top, bottom] = [Number(rows[1]), Number(rows[2])].sort((a, b) => a - b);
    return { top, bottom, left: used.left, right: used.right };
  }
  return null;
};

interface FillPiece {
  sheet: string;
  area: RangeArea;
}

const rowsOf = (area: RangeArea): number => area.bottom - area.top + 1;

const splitPiece = (piece: FillPiece): FillPiece[] | null => {
  if (rowsOf(piece.area) <= 1) return null;
  const middle = piece.area.top + Math.ceil(rowsOf(piece.area) / 2) - 1;
  return [
    { sheet: piece.sheet, area: { ...piece.area, bottom: middle } },
    { sheet: piece.sheet, area: { ...piece.area, top: middle + 1 } },
  ];
};

const cutToCallSize = (piece: FillPiece): FillPiece[] =>
  rowsOf(piece.area) * (piece.area.right - piece.area.left + 1) <= CELLS_PER_CALL ? [piece] : (splitPiece(piece) ?? [piece]).flatMap(cutToCallSize);

const colourOf = (cell: unknown): string | null => {
  const format = typeof cell === "object" && cell !== null ? (cell as { format?: { fill?: { color?: unknown } } }).format : undefined;
  const colour = format?.fill?.color;
  return typeof colour === "string" && colour !== "" ? colour.toUpperCase() : null;
};

/**
 * Fill colours of the requested ranges with getCellProperties (ExcelApi 1.9), one call per range and
 * one sync (see syncInHalves). Returns sheet name → A1 address → "#RRGGBB".
 */
export const readFills = async (
  context: Excel.RequestContext,
  worksheets: Map<string, Excel.Worksheet>,
  requests: readonly FillRequest[],
  usedAreas: Map<string, RangeArea | null>,
): Promise<Map<string, Record<string, string>>> => {
  const pieces: FillPiece[] = [];
  for (const request of requests) {
    if (!worksheets.has(request.sheet)) continue;
    for (const address of request.ranges) {
      const area = boundFillRange(address, usedAreas.get(request.sheet) ?? null);
      if (area) pieces.push(...cutToCallSize({ sheet: request.sheet, area }));
    }
  }
  const loaded = await syncInHalves(
    context,
    pieces,
    (piece) => {
      const result = worksheets.get(piece.sheet)?.getRange(rangeAddress(piece.area)).getCellProperties({ format: { fill: { color: true } } });
      return () => result?.value ?? [];
    },
    splitPiece,
  );
  const fills = new Map<string, Record<string, string>>();
  for (const { piece, loaded: cells } of loaded) {
    const sheetFills = fills.get(piece.sheet) ?? {};
    fills.set(piece.sheet, sheetFills);
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const colour = colourOf(cell);
        if (colour !== null && colour !== NO_FILL) sheetFills[cellAddress(piece.area.top + r, piece.area.left + c)] = colour;
      }),
    );
  }
  return fills;
};
