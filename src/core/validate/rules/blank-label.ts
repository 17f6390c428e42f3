import { columnLetter } from "../../model/address";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

/** docs/RULES.md rule 4: a column with data but an empty heading (BCP's KPI name column). */
export const blankLabel: ValidationRule = {
  code: "blank-label",
  severity: "info",
  title: "Column with data but no heading",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const table of allTables(model)) {
      if (table.kind !== "actions" && table.kind !== "measures") continue;
      const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
      if (!sheet) continue;
      const left = Math.min(...table.columns.map((c) => c.column), sheet.firstColumn);
      const right = Math.max(...table.columns.map((c) => c.column));
      for (let column = left; column <= right; column += 1) {
        const headed = table.headerRows.some((row) => {
          const value = refIn(snapshot, table.sheet, row, column).value;
          return value !== null && String(value).trim() !== "";
        });
        if (headed) continue;
        let hasData = false;
        for (let row = table.firstDataRow; row <= table.lastDataRow && !hasData; row += 1) {
          const value = refIn(snapshot, table.sheet, row, column).value;
          hasData = value !== null && String(value).trim() !== "";
        }
        if (!hasData) continue;
        issues.push(
          issueAt(
            "blank-label",
            "info",
            refIn(snapshot, table.sheet, table.headerRows[0], column),
            null,
            `Column ${columnLetter(column)} holds data but has no heading in row ${table.headerRows[0]}${table.kind === "measures" ? "; it is read as the measure name" : ""}. Give it a heading (e.g. "Measure").`
          )
        );
      }
    }
    return issues;
  },
};
