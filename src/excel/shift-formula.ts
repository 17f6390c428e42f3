import { columnLetter, columnNumber } from "../core/model/address";
import { MAX_COLUMNS, MAX_ROWS } from "../core/write-plan/op-area";

/**
 * A conditional-format formula moved by some rows and columns, as Excel moves a formula when it is
 * copied: relative references shift, $-anchored parts stay, text in "quotes" and quoted sheet names
 * are left alone, and a reference pushed off the grid becomes #REF!. Used only before ExcelApi 1.9,
 * where one rule over "C37,E37,G37" has to be added once per area, each written for its own
 * top-left cell (a custom rule resolves against its range's top-left, office-js#5194). Whole-column
 * references ("C:C") are not shifted; Plan Tracker's rules never use them (docs/EXCEL.md#conditional-formats).
 */
const REFERENCE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
/** A reference must not be part of a longer name (LOG10, Sheet1, _xlfn.X). */
const NAME_CHARACTER = /[A-Za-z0-9_.]/;

const skipQuoted = (formula: string, start: number, quote: string): number => {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote)
        i += 2; // "" or '' inside is an escaped quote
      else return i + 1;
    } else i += 1;
  }
  return i;
};

export const shiftFormula = (formula: string, rows: number, columns: number): string => {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const match = REFERENCE.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1] : "";
    if (match && !NAME_CHARACTER.test(before)) {
      const after = formula[i + match[0].length] ?? "";
      if (!NAME_CHARACTER.test(after) && after !== "(") {
        const [text, columnAnchor, letters, rowAnchor, digits] = match;
        const column = columnNumber(letters) + (columnAnchor ? 0 : columns);
        const row = Number(digits) + (rowAnchor ? 0 : rows);
        out +=
          column < 1 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS
            ? "#REF!"
            : `${columnAnchor}${columnLetter(column)}${rowAnchor}${row}`;
        i += text.length;
        continue;
      }
    }
    // Copy a whole name at once, so "SUM1" or "Q1X" is never split into a reference.
    if (NAME_CHARACTER.test(ch)) {
      let end = i + 1;
      while (end < formula.length && NAME_CHARACTER.test(formula[end])) end += 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
};
