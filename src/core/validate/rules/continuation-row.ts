import { cellText, isBlank } from "../../model/cell-value";
import type { RowNote } from "../../parse/plan-model";
import { isFillerText } from "../../parse/detect/filler";
import { cellAt, fillAt } from "../../snapshot/sheet-access";
import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import type { Issue } from "../issue";
import { issueAt, quote, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

// A number or code alone ("B6", "12", "3.4a"): a spare numbered row of a template, not prose split off.
const CODE = /^[A-Za-z]{0,3}\d+(?:[.\-/]\d+)*[a-z]?$/;

/** The row's own words up to the table's last column, template prompts ("< Select >") left out. */
const wordsOf = (sheet: SheetSnapshot, row: number, lastColumn: number): string[] => {
  const words: string[] = [];
  // A key or note laid beside the table (the Towns Fund's RAG guidance) shares the row, not the table.
  const values = (sheet.values[row - sheet.firstRow] ?? []).slice(
    0,
    Math.max(0, lastColumn - sheet.firstColumn + 1)
  );
  for (const value of values) {
    if (isBlank(value)) continue;
    const text = cellText(value).trim();
    if (!isFillerText(text)) words.push(text);
  }
  return words;
};

interface TableColumns {
  /** Columns holding a status or a period's rating. */
  status: number[];
  /** The table's last mapped column. */
  last: number;
}

/**
 * A row detection set aside as text with no Ref, owner or date is a split-off tail only when it
 * holds prose and nothing else. A status recorded as a colour in the table's status column makes it
 * a row in its own right, and a code alone amid template prompts is a spare numbered row.
 */
const isTail = (
  snapshot: { sheets: SheetSnapshot[] },
  columns: Map<string, TableColumns>,
  note: RowNote
): boolean => {
  const sheet = snapshot.sheets.find((s) => s.name === note.sheet);
  if (!sheet) return true;
  const table = columns.get(note.tableId);
  const coloured = (table?.status ?? []).some(
    (column) =>
      isBlank(cellAt(sheet, note.row, column)) && fillAt(sheet, note.row, column) !== undefined
  );
  if (coloured) return false;
  const words = wordsOf(sheet, note.row, table?.last ?? Number.MAX_SAFE_INTEGER);
  return !(words.length === 1 && CODE.test(words[0]));
};

// docs/RULES.md rule 13: text with no Ref, owner or date is the tail of the row above, split by a paste.
export const continuationRow: ValidationRule = {
  code: "continuation-row",
  severity: "error",
  title: "Text row with no Ref, owner or date: the tail of the row above",
  check: ({ snapshot, model }) => {
    const columns = new Map<string, TableColumns>(
      allTables(model).map((t) => [
        t.id,
        {
          status: t.columns
            .filter((c) => c.field === "status" || c.field === "rating")
            .map((c) => c.column),
          last: Math.max(...t.columns.map((c) => c.column)),
        },
      ])
    );
    const issues: Issue[] = [];
    for (const note of model.rowNotes) {
      if (note.kind !== "continuation-row" || !isTail(snapshot, columns, note)) continue;
      issues.push(
        issueAt(
          "continuation-row",
          "error",
          refIn(snapshot, note.sheet, note.row, note.column),
          null,
          `Row ${note.row} has text (${quote(note.text)}) but no Ref, owner or date, so it reads as the end of the row above that was split off. Move the text into the row above and delete this row.`
        )
      );
    }
    return issues;
  },
};
