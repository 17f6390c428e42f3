import { refIn, issueAt, type ValidationRule } from "../rule";
import type { Issue } from "../issue";
import { allTables } from "../shared/tables";

// Fields an action table cannot do without: who owns it and when it is due (docs/RULES.md rule 1).
const REQUIRED_ACTION_FIELDS: { field: "owner" | "due"; words: string }[] = [
  { field: "owner", words: "Owner or Lead column" },
  { field: "due", words: "Timescale or Deadline column" },
];

/** docs/RULES.md rule 1: a required header or label is absent (GCC 2.5 lacks "Impact Status"). */
export const missingLabel: ValidationRule = {
  code: "missing-label",
  severity: "error",
  title: "Required heading or label absent",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const table of allTables(model)) {
      if (table.kind !== "actions") continue;
      for (const required of REQUIRED_ACTION_FIELDS) {
        if (
          table.columns.some(
            (c) =>
              c.field === required.field ||
              (required.field === "owner" && c.field === "responsibleOfficer")
          )
        )
          continue;
        const first = table.columns[0];
        issues.push(
          issueAt(
            "missing-label",
            "error",
            refIn(snapshot, table.sheet, table.headerRows[0], first.column),
            null,
            `The actions table headed in row ${table.headerRows[0]} has no ${required.words}, so its actions cannot be ${required.field === "due" ? "dated or rated" : "assigned"}. Add the column with a heading such as "${required.field === "due" ? "Timescale" : "Owner"}".`
          )
        );
      }
    }
    // GCC rates each workstream on two dimensions; a block with only one legend is missing the other.
    const byGroup = new Map<string, Set<string>>();
    for (const status of model.groupStatuses)
      byGroup.set(status.group, (byGroup.get(status.group) ?? new Set()).add(status.dimension));
    for (const status of model.groupStatuses) {
      const dimensions = byGroup.get(status.group);
      if (!dimensions || dimensions.size !== 1 || status.dimension !== "actions") continue;
      issues.push(
        issueAt(
          "missing-label",
          "error",
          status.headingCell,
          "status",
          `Workstream ${status.group} has an "Actions status" legend but no "Impact Status" legend, so its impact cannot be rated. Add the Impact Status block beside it.`
        )
      );
    }
    return issues;
  },
};
