import { cellAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { SheetSnapshot } from "../core/snapshot/workbook-snapshot";

/** Excel gives "" for an empty cell; the core wants null (cell-value.ts). */
export const toCellValue = (raw: unknown): CellValue => {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : String(raw);
  return String(raw);
};

export const toVisibility = (raw: unknown): SheetSnapshot["visibility"] =>
  raw === "Hidden" ? "hidden" : raw === "VeryHidden" ? "veryHidden" : "visible";

/**
 * Copy one block of rows into the sheet's values and keep number formats only where they are not
 * "General" (dates and percentages need them; the rest would only bloat the snapshot).
 */
export const addBlock = (
  values: CellValue[][],
  numberFormats: Record<string, string>,
  block: { firstRow: number; firstColumn: number },
  rawValues: readonly (readonly unknown[])[],
  rawFormats: readonly (readonly unknown[])[] | null
): void => {
  rawValues.forEach((row, r) => {
    values.push(row.map(toCellValue));
    const formats = rawFormats?.[r];
    if (!formats) return;
    formats.forEach((format, c) => {
      if (typeof format === "string" && format !== "" && format !== "General") {
        numberFormats[cellAddress(block.firstRow + r, block.firstColumn + c)] = format;
      }
    });
  });
};

/**
 * "Sheet1!A1:B2,'My, sheet'!C3" → ["A1:B2", "C3"]: split a (multi-area) address on commas outside
 * quoted sheet names, drop the sheet prefixes, $ signs and spaces.
 */
export const areaAddresses = (address: string): string[] => {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) =>
      part
        .slice(part.lastIndexOf("!") + 1)
        .replace(/\$/g, "")
        .trim()
    )
    .filter((part) => part !== "");
};

/** Merged areas from getMergedAreas' address: only areas of more than one cell are merges. */
export const mergedAreaList = (address: string): string[] =>
  areaAddresses(address).filter((part) => part.includes(":"));
