import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables, ratedPeriods } from "../shared/tables";

/** docs/RULES.md rule 42: a period column with no valid rating anywhere (Thurrock RAG 03/18, RAG 05/18). */
export const ratingColumnEmpty: ValidationRule = {
  code: "rating-column-empty",
  severity: "warning",
  title: "Rating period with no ratings",
  check: ({ snapshot, model }) => {
    const reported = new Set<string>();
    const issues: Issue[] = [];
    for (const table of allTables(model)) {
      if (table.kind !== "actions") continue;
      for (const column of table.columns) {
        const period = column.period ?? column.header;
        if (column.field !== "rating" || ratedPeriods(model).has(period) || reported.has(period))
          continue;
        reported.add(period);
        issues.push(
          issueAt(
            "rating-column-empty",
            "warning",
            refIn(snapshot, table.sheet, table.headerRows[0], column.column),
            "rating",
            `No action has a rating in "${column.header}" (only 0, blank or invalid values), so that period is treated as not yet rated. Enter the ratings, or leave the column for a later period.`
          )
        );
      }
    }
    return issues;
  },
};
