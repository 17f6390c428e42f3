/**
 * Where a dropdown's words come from, as Excel writes its source: the words themselves
 * ("Red,Amber,Green", quoted in the file), a range ("=Lists!$A$2:$A$6", "'Key sheet'!A1:A5"), or a
 * defined name ("=StatusList"). Both readers resolve the last two against the workbook.
 */
export type ListSource =
  | { kind: "words"; words: string[] }
  | { kind: "range"; sheet: string | null; range: string }
  | { kind: "name"; name: string };

const RANGE =
  /^(?:(?:'((?:[^']|'')+)'|([^'!=]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;
const NAME = /^[A-Za-z_\\][\w.\\]*$/;

/**
 * Read a list validation's source; null for anything else (a formula such as =INDIRECT(…)). `file`:
 * as the .xlsx stores it (words in double quotes, a reference without "="); `office`: as Office.js
 * gives it (words bare, a reference after "=").
 */
export const parseListSource = (source: string, style: "file" | "office"): ListSource | null => {
  const text = source.trim();
  if (style === "file" && text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
    return { kind: "words", words: splitWords(text.slice(1, -1).replace(/""/g, '"')) };
  if (style === "office" && !text.startsWith("="))
    return { kind: "words", words: splitWords(text) };
  const formula = text.replace(/^=/, "").trim();
  const range = RANGE.exec(formula);
  if (range)
    return {
      kind: "range",
      sheet: range[1] !== undefined ? range[1].replace(/''/g, "'") : (range[2] ?? null),
      range: range[3].replace(/\$/g, "").toUpperCase(),
    };
  return NAME.test(formula) ? { kind: "name", name: formula } : null;
};

const splitWords = (text: string): string[] =>
  text
    .split(",")
    .map((word) => word.trim())
    .filter((word) => word !== "");
