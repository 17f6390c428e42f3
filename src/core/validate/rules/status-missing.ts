import { isBlank } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { ratingCellsToCheck, tableAt, fillOf } from "../shared/tables";

/**
 * docs/RULES.md rule 39: no status for an open period. For colour-only layouts the fill is read first
 * (BCP), so only a cell with neither text nor a key colour is missing. GCC workstream legends with no
 * tick are missing too. A workbook with no colour key at all gives no way to tell what its colours
 * mean: its coloured cells are not missing a status row by row — the key is missing, said once per
 * column at its heading.
 */
export const statusMissing: ValidationRule = {
  code: "status-missing",
  severity: "error",
  title: "No status recorded",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    const keyed = model.colourKey.some((entry) => entry.fill !== null);
    // Coloured status cells of a workbook with no key, by their column's heading cell.
    const unkeyed = new Map<
      string,
      { sheet: string; row: number; column: number; count: number }
    >();
    for (const { action, cell, kind } of ratingCellsToCheck(snapshot, model)) {
      if (
        kind !== "status" ||
        action.completedTable ||
        !isBlank(cell.value) ||
        action.status !== null
      )
        continue;
      const fill = fillOf(snapshot, cell);
      const table = fill && !keyed ? tableAt(model, action.sheet, action.row) : undefined;
      if (table) {
        const heading = {
          sheet: cell.sheet,
          row: table.headerRows[table.headerRows.length - 1],
          column: cell.column,
          count: 0,
        };
        const key = `${heading.sheet}!${heading.row}!${heading.column}`;
        const seen = unkeyed.get(key) ?? heading;
        seen.count += 1;
        unkeyed.set(key, seen);
        continue;
      }
      issues.push(
        issueAt(
          "status-missing",
          "error",
          cell,
          "status",
          fill
            ? `${action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`} is coloured ${fill}, which matches no colour in the RAG key, so it has no status. Use one of the key's colours or type the status.`
            : `${action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`} has no RAG status. Record its status (or colour the cell with a colour from the RAG key).`
        )
      );
    }
    for (const { sheet, row, column, count } of unkeyed.values())
      issues.push(
        issueAt(
          "status-missing",
          "warning",
          refIn(snapshot, sheet, row, column),
          "status",
          `${count === 1 ? "One action holds its" : `${count} actions hold their`} status in this column as a colour only, and the workbook has no RAG key saying what each colour means, so ${count === 1 ? "it is" : "they are"} not rated. Add a key (a cell in each colour beside its word: Red, Amber, Green) or type the status.`
        )
      );
    for (const status of model.groupStatuses) {
      if (status.entries.some((e) => e.ticked)) continue;
      issues.push(
        issueAt(
          "status-missing",
          "error",
          status.headingCell,
          "status",
          `Workstream ${status.group} has no ${status.dimension === "actions" ? "Actions status" : "Impact Status"} ticked. Put an X beside one status for this reporting period.`
        )
      );
    }
    return issues;
  },
};
