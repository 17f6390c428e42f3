import type { RagLevel } from "../../model/rag-level";
import { issueAt, type ValidationRule } from "../rule";

// The four GCC legend levels: On target, At risk, Compromised, Completed (docs/LAYOUTS.md#gloucestershire).
const EXPECTED: RagLevel[] = ["green", "amber", "red", "blue"];
const GCC_LABELS: Partial<Record<RagLevel, string>> = {
  green: "On target",
  amber: "At risk",
  red: "Compromised",
  blue: "Completed",
};

/** docs/RULES.md rule 44: a status legend lacking a level (GCC 2.2, 2.4 and 3.6 have no "Completed"). */
export const legendIncomplete: ValidationRule = {
  code: "legend-incomplete",
  severity: "info",
  title: "Status legend lacking a level",
  check: ({ model }) =>
    model.groupStatuses.flatMap((status) => {
      const missing = EXPECTED.filter((level) => !status.entries.some((e) => e.level === level));
      if (missing.length === 0) return [];
      return [
        issueAt(
          "legend-incomplete",
          "info",
          status.headingCell,
          "status",
          `The ${status.dimension === "actions" ? "Actions status" : "Impact Status"} legend for ${status.group} has no ${missing.map((level) => `"${GCC_LABELS[level]}"`).join(", ")} option, so that status cannot be ticked. Add the missing row.`
        ),
      ];
    }),
};
