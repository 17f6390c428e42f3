import { cellText, isExcelError, type CellValue } from "../model/cell-value";
import { isDateFormat, serialToIso } from "./excel-date";
import { rememberedFormat } from "./remembered-format";

// isExcelError narrows its argument to string; on text already known to be a string that would leave `never` behind.
const isErrorText = (text: string): boolean => isExcelError(text);

/**
 * A measure cell as the council meant it (docs/RATINGS.md#measures, docs/RULES.md rules 48–49). Percentages are held in percent
 * points whichever way they were written: 0.13 with a `%` format, `"13%"` and `"13 %"` are all 13.
 */
export type MeasureReading =
  | {
      kind: "number";
      value: number;
      percent: boolean;
      /** A period written in the cell before the value: BCP `Q1 4.2%` (003 L124) is 4.2 for Q1. */
      periodNote?: string;
      /** How it was written, for `percent-format` (rule 49): a number cell, `13%`, `81.6 %`, or digits in text. */
      form?: "number" | "percent-format" | "percent-sign" | "percent-sign-spaced" | "text";
    }
  | { kind: "blank" }
  | { kind: "null-token"; text: string }
  | { kind: "range"; low: number; high: number; percent: boolean }
  | { kind: "text"; text: string };

/**
 * Default words for "no value" (docs/RULES.md rule 48: blank, `-`, `n/a`), with the dash and n/a spellings
 * seen in exports. `?` is deliberately not one: the scorecard's `?` comparator (001 L6449) means
 * someone did not know the figure, which is worth a question (it is read as text, a type-error).
 */
export const DEFAULT_NULL_TOKENS: readonly string[] = [
  "-",
  "–",
  "—",
  "--",
  "n/a",
  "na",
  "n.a.",
  "n/k",
];

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+`;
const PERCENT_VALUE = new RegExp(`^(${NUMBER})( ?)%$`);
const PLAIN_VALUE = new RegExp(`^[£$€]?(${NUMBER})$`);
const PERIOD_NOTE = new RegExp(`^(q[1-4]|quarter [1-4]|h[12]|ytd)\\s+(${NUMBER})(\\s?%)?$`, "i");
const RANGE = new RegExp(`^(${NUMBER})(\\s?%)?\\s*(?:-|–|—|to)\\s*(${NUMBER})(\\s?%)?$`, "i");

/** Excel keeps 15 significant digits; rounding to them removes float noise (0.126 × 100 = 12.600000000000001 → 12.6). */
const clean = (value: number): number => {
  // A whole number of up to 15 digits is already what 15 significant digits give (toPrecision is slow).
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value === 0 ? 0 : value;
  const result = Number(value.toPrecision(15));
  if (!Number.isFinite(result)) return value; // rounding 1.7976931348623157e308 up would overflow
  return result === 0 ? 0 : result;
};

const readNumber = (text: string): number => clean(Number(text.replace(/,/g, "")));

/** Whether a number format shows a percentage (a `%` outside quotes, escapes and [..] sections of its first section). */
export const isPercentFormat = (format: string | undefined): boolean =>
  format !== undefined && rememberedFormat(PERCENT_FORMATS, format, showsPercent);

const PERCENT_FORMATS = new Map<string, boolean>();

const showsPercent = (format: string): boolean =>
  (format.split(";")[0] ?? "")
    .replace(/"[^"]*"?/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]?/g, "")
    .includes("%");

const readNumberCell = (value: number, numberFormat: string | undefined): MeasureReading => {
  if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
  // A date where a number belongs (Excel turns a typed `4-7` into 4 July): show the date, do not count it.
  if (isDateFormat(numberFormat))
    return { kind: "text", text: serialToIso(value) ?? String(value) };
  if (isPercentFormat(numberFormat)) {
    const points = clean(value * 100);
    return Number.isFinite(points)
      ? { kind: "number", value: points, percent: true, form: "percent-format" }
      : { kind: "text", text: String(value) };
  }
  return { kind: "number", value: clean(value), percent: false, form: "number" };
};

const readText = (text: string): MeasureReading => {
  const percent = PERCENT_VALUE.exec(text);
  if (percent)
    return {
      kind: "number",
      value: readNumber(percent[1]),
      percent: true,
      form: percent[2] ? "percent-sign-spaced" : "percent-sign",
    };
  const plain = PLAIN_VALUE.exec(text);
  if (plain) return { kind: "number", value: readNumber(plain[1]), percent: false, form: "text" };
  const noted = PERIOD_NOTE.exec(text);
  if (noted) {
    const periodNote = noted[1].toUpperCase().replace(/^QUARTER /, "Q");
    return {
      kind: "number",
      value: readNumber(noted[2]),
      percent: noted[3] !== undefined,
      periodNote,
      form: noted[3] ? "percent-sign" : "text",
    };
  }
  const range = RANGE.exec(text);
  if (range) {
    const [a, b] = [readNumber(range[1]), readNumber(range[3])];
    return {
      kind: "range",
      low: Math.min(a, b),
      high: Math.max(a, b),
      percent: range[2] !== undefined || range[4] !== undefined,
    };
  }
  return { kind: "text", text };
};

// Each list of "no value" words, trimmed and lower-cased once rather than for every cell read.
const tokenSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const tokenSet = (tokens: readonly string[]): ReadonlySet<string> => {
  let set = tokenSets.get(tokens);
  if (!set) {
    set = new Set(tokens.map((token) => token.trim().toLowerCase()));
    tokenSets.set(tokens, set);
  }
  return set;
};

/**
 * Read one measure value. Never throws. Text that is not a number (`381 (167)`, `High 25`, `15 Ave`,
 * `Autumn term`) comes back as text so a type-error can quote it; `4-7` is a range (a caseload
 * target, 003 L98). `options.nullTokens` replaces the default "no value" words (case-insensitive).
 */
export const parseMeasure = (
  value: CellValue | undefined,
  numberFormat: string | undefined,
  options: { nullTokens?: readonly string[] } = {}
): MeasureReading => {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") return readNumberCell(value, numberFormat);
  const text = cellText(value)
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u3000]+/g, " ")
    .trim();
  if (text === "") return { kind: "blank" };
  if (typeof value === "boolean" || isErrorText(text)) return { kind: "text", text };
  if (tokenSet(options.nullTokens ?? DEFAULT_NULL_TOKENS).has(text.toLowerCase()))
    return { kind: "null-token", text };

  // Hundreds of digits overflow to Infinity: that is text, not an amount.
  const reading = readText(text);
  const amounts =
    reading.kind === "number"
      ? [reading.value]
      : reading.kind === "range"
        ? [reading.low, reading.high]
        : [];
  return amounts.every(Number.isFinite) ? reading : { kind: "text", text };
};
