import { isBlank } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { ratingCells } from "../shared/tables";

/**
 * DOMAIN §9 rule 39: no status for an open period. For colour-only layouts the fill is read first
 * (BCP), so only a cell with neither text nor a key colour is missing. GCC workstream legends with no
 * tick are missing too.
 */
export const statusMissing: ValidationRule = {
  code: "status-missing",
  severity: "error",
  title: "No status recorded",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const { action, cell, kind } of ratingCells(snapshot, model)) {
      if (kind !== "status" || action.completedTable || !isBlank(cell.value) || action.status !== null) continue;
      const fill = snapshot.sheets.find((s) => s.name === cell.sheet)?.fills[cell.address];
      issues.push(issueAt("status-missing", "error", cell, "status",
        fill
          ? `${action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`} is coloured ${fill}, which matches no colour in the RAG key, so it has no status. Use one of the key's colours or type the status.`
          : `${action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`} has no RAG status. Record its status (or colour the cell with a colour from the RAG key).`));
    }
    for (const status of model.groupStatuses) {
      if (status.entries.some((e) => e.ticked)) continue;
      issues.push(issueAt("status-missing", "error", status.headingCell, "status",
        `Workstream ${status.group} has no ${status.dimension === "actions" ? "Actions status" : "Impact Status"} ticked. Put an X beside one status for this reporting period.`));
    }
    return issues;
  },
};
