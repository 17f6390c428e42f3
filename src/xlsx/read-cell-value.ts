import type { CellValue } from "../core/model/cell-value";

/**
 * exceljs cell values in every shape a real workbook produces, reduced to the plain CellValue both
 * gateways hand the core: what Excel's Range.values would show.
 */
const MS_PER_DAY = 86_400_000;
/** The 1900 date system's serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 date systems' epochs. */
export const DATE_1904_OFFSET_DAYS = 1_462;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/**
 * A Date as its serial in the 1900 date system. exceljs has already applied the workbook's 1904 flag
 * when it turned the stored number into a Date, so the serial here is always a 1900-system one; it
 * inverts exceljs's own conversion exactly, so a serial read back equals the serial written.
 */
export const dateToSerial = (date: Date): number | null => {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return Number((ms / MS_PER_DAY + UNIX_EPOCH_SERIAL).toPrecision(15));
};

const richTextToPlain = (runs: unknown): string | null => {
  if (!Array.isArray(runs)) return null;
  return runs
    .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
    .join("");
};

export const normaliseCellValue = (value: unknown): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (!isRecord(value)) return null;
  if (typeof value.error === "string") return value.error; // #N/A, #REF!… as text (cell-value.ts)
  if ("richText" in value) return normaliseCellValue(richTextToPlain(value.richText));
  if ("formula" in value || "sharedFormula" in value) return normaliseCellValue(value.result); // the cached result
  if ("hyperlink" in value) return normaliseCellValue(value.text); // the text shown, which may itself be rich text
  return null;
};
