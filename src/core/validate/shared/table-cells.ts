import type { CellRef } from "../../model/action";
import { mayNeedTidying } from "../../parse/detect/cell-readers";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { allTables, cached, sheetNamed } from "./tables";

/** A non-empty text cell inside one of the plan's tables, with the field its column holds. */
export interface TableTextCell {
  sheet: string;
  row: number;
  column: number;
  text: string;
  field: string | null;
}

/**
 * The CellRef an issue points at. Made only for the few cells a rule reports: a 100,000-row plan has
 * half a million text cells, and an object for each was most of validation's garbage.
 */
export const textCellRef = (cell: TableTextCell): CellRef => ({
  sheet: cell.sheet,
  row: cell.row,
  column: cell.column,
  value: cell.text,
});

/**
 * The table text cells each text rule could report, in sheet order: those holding "<" (html-in-cell),
 * those reading would tidy (text-normalise), those starting with "#" (excel-error). Each rule still
 * makes its own full test. A 100,000-row plan has half a million text cells and only a handful pass
 * these tests: one pass finds them, and an object is made only for those.
 */
export interface TextCandidates {
  markup: TableTextCell[];
  untidy: TableTextCell[];
  hashed: TableTextCell[];
}

const candidates = new WeakMap<PlanModel, TextCandidates>();

const HASH = 35; // "#"
const SPACE = 32;
const LESS_THAN = "<";

// Whether the text starts with "#" after any leading whitespace, as text.trimStart().startsWith("#")
// says; a copy is trimmed only for text that starts with a space or a control or non-ASCII character.
const startsWithHash = (text: string): boolean => {
  const first = text.charCodeAt(0);
  if (first === HASH) return true;
  if (first > SPACE && first < 0x80) return false;
  return text.trimStart().charCodeAt(0) === HASH;
};

/** The text cells of the plan's tables (headers excluded) each text rule may report, found once per model. */
export const textCandidates = (snapshot: WorkbookSnapshot, model: PlanModel): TextCandidates =>
  cached(candidates, model, () => {
    const found: TextCandidates = { markup: [], untidy: [], hashed: [] };
    for (const table of allTables(model)) {
      if (table.kind === "milestones") continue;
      const sheet = sheetNamed(snapshot, table.sheet);
      if (!sheet) continue;
      const fieldOf = new Map(table.columns.map((c) => [c.column, c.field]));
      for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
        const values = sheet.values[row - sheet.firstRow];
        if (!values) continue;
        for (let index = 0; index < values.length; index += 1) {
          const value = values[index];
          if (typeof value !== "string") continue;
          const markup = value.includes(LESS_THAN);
          const untidy = mayNeedTidying(value);
          const hashed = startsWithHash(value);
          if ((!markup && !untidy && !hashed) || value.trim() === "") continue;
          const column = index + sheet.firstColumn;
          const cell: TableTextCell = {
            sheet: table.sheet,
            row,
            column,
            text: value,
            field: fieldOf.get(column) ?? null,
          };
          if (markup) found.markup.push(cell);
          if (untidy) found.untidy.push(cell);
          if (hashed) found.hashed.push(cell);
        }
      }
    }
    return found;
  });
