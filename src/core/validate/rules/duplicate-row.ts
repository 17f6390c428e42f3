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
          // One pass makes the row's key and counts its filled cells: no per-row arrays on a 100,000-row plan.
          let key = "";
          let filled = 0;
          for (let c = 0; c < values.length; c += 1) {
            const text = cellText(values[c]).trim();
            if (text !== "") filled += 1;
            key = c === 0 ? text : `${key}\u0001${text}`;
          }
          // A row of one or two cells repeating is a label, not a duplicated record.
          if (filled < 3) continue;
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
