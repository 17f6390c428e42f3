import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { allTables } from "../shared/tables";

// Known misspellings of the GCC block labels (docs/RULES.md rule 2: "Rational" vs "Rationale").
const MISSPELLINGS: Record<string, string> = { rational: "Rationale" };
// Tested against every short cell of the workbook, so no copy of a cell is made unless it is one of them.
const MISSPELT = new RegExp(`^\\s*(?:${Object.keys(MISSPELLINGS).join("|")})\\s*$`, "i");

/**
 * docs/RULES.md rule 2: a heading written differently in different tables of one workbook ("RAG initial" /
 * "RAG Initial"). It is still matched; the rarer wording is reported so the plan reads consistently.
 */
export const incorrectLabel: ValidationRule = {
  code: "incorrect-label",
  severity: "info",
  title: "Heading written differently from the rest of the workbook",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    const spellings = new Map<
      string,
      Map<string, { count: number; cells: { sheet: string; row: number; column: number }[] }>
    >();
    for (const table of allTables(model)) {
      if (table.kind !== "actions" && table.kind !== "measures") continue;
      for (const column of table.columns) {
        if (!column.field || column.field === "period") continue;
        const key = `${column.field}:${column.header.trim().toLowerCase().replace(/\s+/g, " ")}`;
        const byText = spellings.get(key) ?? new Map();
        const entry = byText.get(column.header) ?? { count: 0, cells: [] };
        entry.count += 1;
        entry.cells.push({ sheet: table.sheet, row: table.headerRows[0], column: column.column });
        byText.set(column.header, entry);
        spellings.set(key, byText);
      }
    }
    for (const byText of spellings.values()) {
      if (byText.size < 2) continue;
      const ranked = [...byText.entries()].sort((a, b) => b[1].count - a[1].count);
      const usual = ranked[0][0];
      for (const [text, entry] of ranked.slice(1))
        for (const at of entry.cells)
          issues.push(
            issueAt(
              "incorrect-label",
              "info",
              refIn(snapshot, at.sheet, at.row, at.column),
              null,
              `The heading "${text}" is written "${usual}" elsewhere in this workbook; both are understood. Use one spelling.`
            )
          );
    }
    // Every cell of the workbook, in loops rather than a closure per row and per cell.
    for (const sheet of snapshot.sheets)
      for (let r = 0; r < sheet.values.length; r += 1) {
        const row = sheet.values[r];
        for (let c = 0; c < row.length; c += 1) {
          const value = row[c];
          // Misspelt labels are single short words: skip longer cells before lower-casing them.
          if (typeof value !== "string" || value.length > 16 || !MISSPELT.test(value)) continue;
          const right = MISSPELLINGS[value.trim().toLowerCase()];
          if (right)
            issues.push(
              issueAt(
                "incorrect-label",
                "info",
                refIn(snapshot, sheet.name, r + sheet.firstRow, c + sheet.firstColumn),
                null,
                `The label "${value.trim()}" is read as "${right}". Correct the spelling.`
              )
            );
        }
      }
    return issues;
  },
};
