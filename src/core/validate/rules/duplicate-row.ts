import { cellText } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

/** DOMAIN §9 rule 8: identical rows (a scorecard printed three times, a success measure repeated). */
export const duplicateRow: ValidationRule = {
  code: "duplicate-row",
  severity: "warning",
  title: "Row identical to an earlier one",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const sheet of snapshot.sheets) {
      const seen = new Map<string, number>();
      for (const table of allTables(model)) {
        if (table.sheet !== sheet.name || (table.kind !== "actions" && table.kind !== "metrics")) continue;
        for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
          const values = sheet.values[row - sheet.firstRow] ?? [];
          const filled = values.filter((v) => cellText(v).trim() !== "");
          // A row of one or two cells repeating is a label, not a duplicated record.
          if (filled.length < 3) continue;
          const key = values.map((v) => cellText(v).trim()).join("\u0001");
          const earlier = seen.get(key);
          if (earlier === undefined) {
            seen.set(key, row);
            continue;
          }
          const first = values.findIndex((v) => cellText(v).trim() !== "");
          issues.push(issueAt("duplicate-row", "warning", refIn(snapshot, sheet.name, row, first + sheet.firstColumn), null,
            `Row ${row} repeats row ${earlier} exactly. Delete the copy so it is not counted twice.`));
        }
      }
    }
    return issues;
  },
};
