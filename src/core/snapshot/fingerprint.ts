import type { CellValue } from "../model/cell-value";
import type { SheetSnapshot } from "./workbook-snapshot";

/**
 * A short hash of what was read (sheet names, sizes and every value), stamped on the snapshot so a
 * later write can tell whether the workbook moved since (DESIGN §4.6). FNV-1a, 32-bit: fast, no
 * dependencies, and enough to notice change; it is not a security hash.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const mixByte = (hash: number, byte: number): number => Math.imul(hash ^ (byte & 0xff), FNV_PRIME) >>> 0;

const mixText = (hash: number, text: string): number => {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    h = mixByte(mixByte(h, unit), unit >>> 8);
  }
  return h;
};

/** A type tag before each value so 1 and "1", or true and "TRUE", hash differently; 0x1f ends the field. */
const mixValue = (hash: number, value: CellValue): number => {
  if (value === null) return mixByte(hash, 0x00);
  const tag = typeof value === "number" ? 0x01 : typeof value === "boolean" ? 0x02 : 0x03;
  return mixByte(mixText(mixByte(hash, tag), String(value)), 0x1f);
};

export const fingerprintSheets = (sheets: readonly SheetSnapshot[]): string => {
  let hash = FNV_OFFSET;
  for (const sheet of sheets) {
    hash = mixText(hash, `${sheet.name}\u001e${sheet.firstRow}:${sheet.firstColumn}:${sheet.values.length}\u001e`);
    for (const row of sheet.values) {
      hash = mixText(hash, `${row.length}\u001d`);
      for (const value of row) hash = mixValue(hash, value);
    }
  }
  return hash.toString(16).padStart(8, "0");
};
