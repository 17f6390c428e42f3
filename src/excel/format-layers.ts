import type { RangeArea } from "../core/model/address";
import type { CellFormat } from "../core/write-plan/write-plan";
import { sameRectangles } from "./fill-rectangles";

/**
 * Which cells of a block get a setting through one range per rectangle (range.format.*, ExcelApi
 * 1.1) and which through setCellProperties' per-cell JSON (ExcelApi 1.9), whichever sends fewer
 * bytes (docs/EXCEL.md#limits). Each setting of a CellFormat (text colour, bold, wrap, alignment, border)
 * is its own layer: a table's borders and wrapping are one rectangle however many rows it has, while
 * its RAG column's text colours, changing row by row, stay per cell. What a cell ends up with is the
 * same either way.
 */

/** A proxy or a property set, as Office.js sends it (the same figure op-sizer.ts uses). */
export const CALL_BYTES = 500;

type Setting = keyof CellFormat;
const SETTINGS: readonly Setting[] = [
  "fontColour",
  "bold",
  "italic",
  "wrap",
  "horizontal",
  "vertical",
  "border",
];

/** One rectangle of cells that take the same value of a setting. */
export interface LayerRectangle<V> {
  area: RangeArea;
  value: V;
}

/**
 * Split one layer (undefined: the cell does not take this setting) into the rectangles worth a
 * range of their own and the cells left to go per cell (`perCell[r][c]`).
 */
export const splitLayer = <V>(
  top: number,
  left: number,
  layer: readonly (readonly (V | undefined)[])[],
  rectangleBytes: (area: RangeArea, value: V) => number,
  cellBytes: (value: V) => number
): { rectangles: LayerRectangle<V>[]; perCell: boolean[][] } => {
  const perCell = layer.map((row) => row.map(() => false));
  const rectangles: LayerRectangle<V>[] = [];
  for (const { area, cell } of sameRectangles(top, left, layer, (value) =>
    value === undefined ? "" : JSON.stringify(value)
  )) {
    if (cell === undefined) continue;
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (rectangleBytes(area, cell) < cells * cellBytes(cell)) {
      rectangles.push({ area, value: cell });
      continue;
    }
    for (let r = area.top; r <= area.bottom; r += 1)
      for (let c = area.left; c <= area.right; c += 1) perCell[r - top][c - left] = true;
  }
  return { rectangles, perCell };
};

/** Edges a border rectangle sets: four sides, and the inside lines where it has several rows or columns. */
export const borderEdges = (area: RangeArea): number =>
  4 + (area.bottom > area.top ? 1 : 0) + (area.right > area.left ? 1 : 0);

/** A setting on a rectangle: the range, then one set (a border: per edge a getItem and two sets). */
const settingRectangleBytes =
  (setting: Setting) =>
  (area: RangeArea): number =>
    CALL_BYTES * (setting === "border" ? 1 + 3 * borderEdges(area) : 2);

export interface FormatLayers {
  /** Rectangles with every setting they take (one range each). */
  rectangles: { area: RangeArea; format: CellFormat }[];
  /** What is left for setCellProperties; null where a cell has nothing left. */
  perCell: (CellFormat | null)[][];
}

/** `cellBytes` is what one setting of one cell costs inside setCellProperties (queue-cell-formats.ts knows its JSON). */
export const formatLayers = (
  top: number,
  left: number,
  formats: readonly (readonly (CellFormat | null)[])[],
  cellBytes: (format: CellFormat) => number
): FormatLayers => {
  const byArea = new Map<string, { area: RangeArea; format: CellFormat }>();
  const perCell: (CellFormat | null)[][] = formats.map((row) => row.map(() => null));
  for (const setting of SETTINGS) {
    const layer = formats.map((row) => row.map((format) => format?.[setting]));
    if (!layer.some((row) => row.some((value) => value !== undefined))) continue;
    const split = splitLayer(top, left, layer, settingRectangleBytes(setting), (value) =>
      cellBytes({ [setting]: value })
    );
    for (const { area, value } of split.rectangles) {
      const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
      const entry = byArea.get(key) ?? { area, format: {} };
      byArea.set(key, { area, format: { ...entry.format, [setting]: value } });
    }
    split.perCell.forEach((row, r) =>
      row.forEach((goes, c) => {
        if (goes) perCell[r][c] = { ...perCell[r][c], [setting]: layer[r][c] };
      })
    );
  }
  return { rectangles: [...byArea.values()], perCell };
};
