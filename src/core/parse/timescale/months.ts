/**
 * Month names as the plans write them (docs/DATES.md step 4): full names, three-letter forms and `sept`
 * (`By Sept 2022`, 000 L563), with or without a full stop. Input is already lower case.
 */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["january", "jan"]],
  [2, ["february", "feb"]],
  [3, ["march", "mar"]],
  [4, ["april", "apr"]],
  [5, ["may"]],
  [6, ["june", "jun"]],
  [7, ["july", "jul"]],
  [8, ["august", "aug"]],
  [9, ["september", "sept", "sep"]],
  [10, ["october", "oct"]],
  [11, ["november", "nov"]],
  [12, ["december", "dec"]],
];

const BY_NAME = new Map<string, number>(
  MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const))
);

/** A regex source matching one month name (longest first, so `september` wins over `sep`), with an optional full stop. */
export const MONTH_PATTERN = `(?:${[...BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;

/** 1–12 for a month name (`sept.` → 9), else null. */
export const monthNumber = (word: string): number | null =>
  BY_NAME.get(word.replace(/\.$/, "")) ?? null;
