import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

/**
 * docs/STATUSES.md rule 1, docs/RULES.md rule 43: statuses are mapped by label, never by glyph; a glyph that means a
 * different level from its label (GCC's DASHBOARD "◆ Compromised" vs the legends' "◆ At risk") is reported.
 */
export const glyphMismatch: ValidationRule = {
  code: "glyph-mismatch",
  severity: "warning",
  title: "Glyph that disagrees with its label",
  check: ({ model }) => {
    const issues: Issue[] = [];
    for (const status of model.groupStatuses)
      for (const entry of status.entries)
        if (entry.glyphLevel && entry.level)
          issues.push(
            issueAt(
              "glyph-mismatch",
              "warning",
              entry.labelCell,
              "status",
              `"${entry.glyph} ${entry.label}" pairs the ${entry.glyphLevel} glyph with the ${entry.level} label; Plan Tracker goes by the label (${entry.level}). Use the plan's usual glyph for ${entry.label}.`
            )
          );
    return issues;
  },
};
