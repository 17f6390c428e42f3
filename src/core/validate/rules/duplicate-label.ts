import { cellText } from "../../model/cell-value";
import type { DetectedTable } from "../../parse/plan-model";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

// A year written after a month heading ("Mar 22", "Jun21", "January 23").
const WRITTEN_YEAR = /\s*'?(\d{2}|\d{4})$/;

/**
 * docs/RULES.md rule 3: the same heading twice in one header row (GCC milestones repeat Mar, May and July
 * across the year end). Period headings are told apart by year roll-over; others keep the first.
 * A month heading is compared without the year written on it, because the sheet shows the year only
 * on the first month and on January: "Mar 22" then a later "Mar" is Mar twice (000 L167). Two months
 * that both state their year ("Mar 22", "Mar 23") are different headings.
 * A whole header row repeated straight after a table's last row (Thurrock P4, 004 L227, L246) is the
 * same labels twice too: detection starts the table again under it (docs/LAYOUTS.md#header-matching), and it is said so.
 */
export const duplicateLabel: ValidationRule = {
  code: "duplicate-label",
  severity: "info",
  title: "Same heading twice in one header row",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    let previous: DetectedTable | undefined;
    for (const table of allTables(model)) {
      const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
      const before = previous;
      previous = table;
      if (!sheet) continue;
      if (
        before &&
        before.sheet === table.sheet &&
        before.kind === table.kind &&
        before.lastDataRow + 1 === table.headerRows[0]
      ) {
        const headerText = (t: DetectedTable) =>
          (sheet.values[t.headerRows[0] - sheet.firstRow] ?? [])
            .map((v) => cellText(v).trim().toLowerCase())
            .join("\u0001");
        if (headerText(before) === headerText(table)) {
          const first = Math.min(...table.columns.map((c) => c.column));
          issues.push(
            issueAt(
              "duplicate-label",
              "info",
              refIn(snapshot, table.sheet, table.headerRows[0], first),
              null,
              `Row ${table.headerRows[0]} repeats the header of row ${before.headerRows[0]} in the middle of the table; Plan Tracker reads on under it. Delete the repeated header row.`
            )
          );
          continue;
        }
      }
      // Target/Actual repeat under every month by design; only the top header row is compared.
      const row = table.headerRows[0];
      const periods = table.kind === "milestones" || table.kind === "measures";
      // Each heading seen so far, and whether it wrote its year.
      const seen = new Map<string, boolean>();
      const values = sheet.values[row - sheet.firstRow] ?? [];
      values.forEach((value, index) => {
        if (typeof value !== "string" || value.trim() === "") return;
        const text = value.trim().toLowerCase().replace(/\s+/g, " ");
        const year = periods && /[a-z]/.test(text) && WRITTEN_YEAR.test(text);
        const key = year ? text.replace(WRITTEN_YEAR, "") : text;
        const column = index + sheet.firstColumn;
        const firstHadYear = seen.get(key);
        if (firstHadYear === undefined) {
          seen.set(key, year);
          return;
        }
        if (firstHadYear && year) return;
        issues.push(
          issueAt(
            "duplicate-label",
            "info",
            refIn(snapshot, table.sheet, row, column),
            null,
            `The heading "${value.trim()}" appears twice in row ${row}${periods ? "; the later one is read as the following year" : "; only the first is read"}. Give each column its own heading (add the year to month headings).`
          )
        );
      });
    }
    return issues;
  },
};
