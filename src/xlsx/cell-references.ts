import { cellAddress, parseCellAddress } from "../core/model/address";

/**
 * A worksheet part's XML with every `<row>` and `<c>` in its sheetData given the `r` attribute the
 * standard makes optional (ECMA-376 Part 1, §18.3.1.73 and §18.3.1.4): a row without one is the row
 * after the previous, a cell without one the column after the previous cell in its row. Some writers
 * leave them out; exceljs then refuses the whole package ("Invalid row number in model"), so the
 * references are written in before exceljs sees the part. Returns null when every row and cell
 * already has one, so an ordinary workbook is handed over untouched.
 */
// A row or cell start tag, with or without a namespace prefix; `[\s/>]` keeps <col>, <cfRule> … out.
const ROW_OR_CELL = /<((?:[A-Za-z_][\w.-]*:)?)(row|c)(?=[\s/>])([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*["']([^"']*)["']/;

export const withCellReferences = (xml: string): string | null => {
  const start = xml.search(/<(?:[A-Za-z_][\w.-]*:)?sheetData[\s/>]/);
  if (start === -1) return null;
  const endMatch = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/.exec(xml.slice(start));
  const end = endMatch ? start + endMatch.index : xml.length;
  let row = 0;
  let column = 0;
  let added = 0;
  const sheetData = xml
    .slice(start, end)
    .replace(ROW_OR_CELL, (tag: string, prefix: string, name: string, attributes: string) => {
      const given = REFERENCE.exec(attributes)?.[1];
      if (name === "row") {
        column = 0;
        const number = given === undefined ? NaN : Number(given);
        row = Number.isInteger(number) && number > 0 ? number : row + 1;
        if (given !== undefined) return tag;
        added += 1;
        return `<${prefix}row r="${row}"${attributes}>`;
      }
      const address = given === undefined ? null : parseCellAddress(given);
      column = address ? address.column : column + 1;
      if (given !== undefined) return tag;
      added += 1;
      return `<${prefix}c r="${cellAddress(row, column)}"${attributes}>`;
    });
  return added === 0 ? null : xml.slice(0, start) + sheetData + xml.slice(end);
};
