import type { Action } from "../../model/action";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

/** docs/RULES.md rule 9: a Ref used twice, across the live and the completed tables. */
export const uniqueError: ValidationRule = {
  code: "unique-error",
  severity: "error",
  title: "Ref used by more than one action",
  check: ({ model }) => {
    const issues: Issue[] = [];
    // The first action with each Ref, itself rather than a copy of its row and sheet: one object
    // fewer per action.
    const first = new Map<string, Action>();
    for (const action of model.actions) {
      if (!action.ref || !action.cells.ref) continue;
      const earlier = first.get(action.ref);
      if (!earlier) {
        first.set(action.ref, action);
        continue;
      }
      issues.push(
        issueAt(
          "unique-error",
          "error",
          action.cells.ref,
          "ref",
          `Ref ${action.ref} is already used in row ${earlier.row}${earlier.sheet !== action.sheet ? ` of ${earlier.sheet}` : ""}, so the two actions cannot be told apart. Give this action its own Ref.`
        )
      );
    }
    return issues;
  },
};
