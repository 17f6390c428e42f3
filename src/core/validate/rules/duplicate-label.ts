import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

/**
 * DOMAIN §9 rule 3: the same heading twice in one header row (GCC milestones repeat Mar, May and July
 * across the year end). Period headings are told apart by year roll-over; others keep the first.
 */
export const duplicateLabel: ValidationRule = {
  code: "duplicate-label",
  severity: "info",
  title: "Same heading twice in one header row",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const table of allTables(model)) {
      const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
      if (!sheet) continue;
      // Target/Actual repeat under every month by design; only the top header row is compared.
      const row = table.headerRows[0];
      const seen = new Map<string, number>();
      const values = sheet.values[row - sheet.firstRow] ?? [];
      values.forEach((value, index) => {
        if (typeof value !== "string" || value.trim() === "") return;
        const key = value.trim().toLowerCase().replace(/\s+/g, " ");
        const column = index + sheet.firstColumn;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, column);
          return;
        }
        issues.push(issueAt("duplicate-label", "info", refIn(snapshot, table.sheet, row, column), null,
          `The heading "${value.trim()}" appears twice in row ${row}${table.kind === "milestones" || table.kind === "metrics" ? "; the later one is read as the following year" : "; only the first is read"}. Give each column its own heading (add the year to month headings).`));
      });
    }
    return issues;
  },
};
