import { formatArea } from "../fake/grid";
import { StoredSheet, type StoredWorkbook } from "../fake/store";

type Side = "top" | "bottom" | "left" | "right";

/** An untouched cell, as visibleCells writes it. */
const PLAIN = JSON.stringify([
  "",
  null,
  "General",
  "none",
  "#000000",
  false,
  false,
  false,
  "General",
  "Bottom",
  "None",
  "None",
  "None",
  "None",
]);

/**
 * What a person sees in every cell of every sheet (Plan Tracker's own included), one line per cell
 * that differs from an untouched one: value, formula, number format, fill, font colour, bold, italic,
 * wrap, alignment and each border. Excel's defaults are filled in, so "set to General" and "never
 * set", or "bold: false" and no bold, read the same, as they look the same. Used to prove that a
 * leaner way of writing leaves the workbook exactly as the old one did.
 */
export const visibleCells = (store: StoredWorkbook): string[] => {
  const lines: string[] = [];
  for (const sheet of store.sheets) {
    const keys = new Set<number>([
      ...sheet.numberFormats.keys(),
      ...sheet.fills.keys(),
      ...sheet.cellFormats.keys(),
    ]);
    sheet.rows.forEach((cells, row) =>
      cells?.forEach(
        (value, column) => value !== undefined && keys.add(StoredSheet.key(row, column))
      )
    );
    for (const key of [...keys].sort((a, b) => a - b)) {
      const row = Math.floor(key / 16_384);
      const column = key % 16_384;
      const format = sheet.cellFormat(row, column);
      const edge = (side: Side): string => {
        const border = format.borders?.[side];
        const style = border?.style ?? "None";
        return style === "None" ? "None" : `${style}/${border?.weight ?? "Thin"}`;
      };
      const seen = JSON.stringify([
        sheet.value(row, column),
        sheet.formula(row, column),
        sheet.numberFormat(row, column),
        sheet.fills.get(key) ?? "none",
        (format.fontColour ?? "#000000").toUpperCase(),
        format.bold ?? false,
        format.italic ?? false,
        format.wrap ?? false,
        format.horizontal ?? "General",
        format.vertical ?? "Bottom",
        edge("top"),
        edge("bottom"),
        edge("left"),
        edge("right"),
      ]);
      if (seen === PLAIN) continue;
      lines.push(
        `${sheet.name}!${formatArea({ top: row, left: column, bottom: row, right: column, unbounded: false })} ${seen}`
      );
    }
  }
  return lines;
};
