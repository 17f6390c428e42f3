import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { refsOf } from "../shared/refs";

// "Removed and put into 1.7", "See 2.6", "moved to 3.1": text that points at another action.
const POINTER =
  /\b(?:put into|moved to|moved into|merged (?:into|with)|see|refer to|transferred to)\s+(\d+\.\d+)\b/gi;

const HAS_REF = /\d\.\d/;

const POINTING_FIELDS = ["title", "progress", "impact"] as const;

/** docs/RULES.md rule 12: a reference to a Ref that does not exist in the plan. */
export const foreignKey: ValidationRule = {
  code: "foreign-key",
  severity: "warning",
  title: "Pointer to an action that does not exist",
  check: ({ model }) => {
    // The plan's Refs are asked for only once a pointer is found: most plans have few or none.
    // A plan with no Refs at all has nothing to point at, and no issue.
    const issues: Issue[] = [];
    for (const action of model.actions)
      for (const field of POINTING_FIELDS) {
        const cell = action.cells[field];
        // Every pointer holds "digit.digit": text without one is passed over before the full pattern runs.
        if (!cell || typeof cell.value !== "string" || !HAS_REF.test(cell.value)) continue;
        // exec from the start rather than matchAll, which copies the pattern for every cell (a title
        // numbered "Action 1.2" passes the test above, so on a large plan that was every title).
        POINTER.lastIndex = 0;
        for (
          let match = POINTER.exec(cell.value);
          match !== null;
          match = POINTER.exec(cell.value)
        ) {
          const refs = refsOf(model);
          if (refs.size === 0) {
            POINTER.lastIndex = 0;
            return [];
          }
          if (!refs.has(match[1]))
            issues.push(
              issueAt(
                "foreign-key",
                "warning",
                cell,
                field,
                `${action.ref ? `Action ${action.ref}` : `Row ${action.row}`} refers to action ${match[1]}, which is not in the plan. Correct the reference or restore action ${match[1]}.`
              )
            );
        }
      }
    return issues;
  },
};
