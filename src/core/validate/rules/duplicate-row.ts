import { cellText, type CellValue } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

const rowKey = (values: readonly CellValue[]): string => values.map((v) => cellText(v).trim()).join("\u0001");

const filledCount = (values: readonly CellValue[]): number => {
  let filled = 0;
  for (const value of values) if (value !== null && value !== undefined && (typeof value !== "string" || HAS_TEXT.test(value))) filled += 1;
  return filled;
};

const HAS_TEXT = /\S/;

/** docs/RULES.md rule 8: identical rows (a scorecard printed three times, a success measure repeated). */
export const duplicateRow: ValidationRule = {
  code: "duplicate-row",
  severity: "warning",
  title: "Row identical to an earlier one",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const sheet of snapshot.sheets) {
      // Rows are first grouped by their first two cells; a full key is made only for rows that share
      // those (a key of every cell of every row was most of this rule's time on a large plan).
      const seen = new Map<string, number>();
      const candidates = new Map<string, { row: number; values: readonly CellValue[] }>();
      for (const table of allTables(model)) {
        if (table.sheet !== sheet.name || (table.kind !== "actions" && table.kind !== "metrics")) continue;
        for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
          const values = sheet.values[row - sheet.firstRow] ?? [];
          // A row of one or two cells repeating is a label, not a duplicated record.
          if (filledCount(values) < 3) continue;
          const bucket = `${cellText(values[0]).trim()}\u0001${cellText(values[1]).trim()}`;
          const first = candidates.get(bucket);
          if (!first) {
            candidates.set(bucket, { row, values });
            continue;
          }
          // The first row of this bucket gets its full key only now that a second one has arrived.
          const firstKey = rowKey(first.values);
          if (!seen.has(firstKey)) seen.set(firstKey, first.row);
          const key = rowKey(values);
          const earlier = seen.get(key);
          if (earlier === undefined) {
            seen.set(key, row);
            continue;
          }
          const firstFilled = values.findIndex((v) => cellText(v).trim() !== "");
          issues.push(issueAt("duplicate-row", "warning", refIn(snapshot, sheet.name, row, firstFilled + sheet.firstColumn), null,
            `Row ${row} repeats row ${earlier} exactly. Delete the copy so it is not counted twice.`));
        }
      }
    }
    return issues;
  },
};
