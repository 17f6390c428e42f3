/**
 * A cell as both gateways hand it to the core. Excel gives "" for empty cells and serial numbers for
 * dates; gateways normalise "" to null and error values (#N/A, #REF!) to their text.
 */
export type CellValue = string | number | boolean | null;

export const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The cell's content as text, as a person would read it (numbers in plain notation). */
export const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
};

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);

/** Excel error values reach us as their text; the core treats them as their own kind of bad input. */
export const isExcelError = (value: CellValue | undefined): value is string =>
  typeof value === "string" && EXCEL_ERRORS.has(value.trim().toUpperCase());
