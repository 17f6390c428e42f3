import type { Action, CellRef } from "../../model/action";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { refsOf } from "../shared/refs";

// "Removed and put into 1.7", "See 2.6", "moved to 3.1": text that points at another action.
const POINTER =
  /\b(?:put into|moved to|moved into|merged (?:into|with)|see|refer to|transferred to)\s+(\d+\.\d+)\b/gi;

const HAS_REF = /\d\.\d/;

type PointingField = "title" | "progress" | "impact";

/** docs/RULES.md rule 12: a reference to a Ref that does not exist in the plan. */
export const foreignKey: ValidationRule = {
  code: "foreign-key",
  severity: "warning",
  title: "Pointer to an action that does not exist",
  check: ({ model }) => {
    // The plan's Refs are asked for only once a pointer is found: most plans have few or none.
    const issues: Issue[] = [];
    // Whether the plan has no Refs at all, found at the first pointer: then nothing can be
    // pointed at, and there is no issue.
    let noRefs = false;
    const read = (action: Action, cell: CellRef | undefined, field: PointingField): void => {
      // Every pointer holds "digit.digit": text without one is passed over before the full pattern runs.
      if (!cell || typeof cell.value !== "string" || !HAS_REF.test(cell.value)) return;
      // exec from the start rather than matchAll, which copies the pattern for every cell (a title
      // numbered "Action 1.2" passes the test above, so on a large plan that was every title).
      POINTER.lastIndex = 0;
      for (let match = POINTER.exec(cell.value); match !== null; match = POINTER.exec(cell.value)) {
        const refs = refsOf(model);
        if (refs.size === 0) {
          POINTER.lastIndex = 0;
          noRefs = true;
          return;
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
    };
    // The three fields read by name, in this order, rather than by a key from a list: a named
    // read is the quicker on a plan's 100,000 actions.
    for (let i = 0; i < model.actions.length; i += 1) {
      const action = model.actions[i];
      const cells = action.cells;
      read(action, cells.title, "title");
      if (noRefs) return [];
      read(action, cells.progress, "progress");
      if (noRefs) return [];
      read(action, cells.impact, "impact");
      if (noRefs) return [];
    }
    return issues;
  },
};
