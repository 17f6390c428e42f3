import type { Action } from "../../model/action";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { HashPlaces, textHash } from "../shared/hash-places";

// A hash whose Refs have moved to the map (no action is numbered below 0).
const KEYED = -1;

/** docs/RULES.md rule 9: a Ref used twice, across the live and the completed tables. */
export const uniqueError: ValidationRule = {
  code: "unique-error",
  severity: "error",
  title: "Ref used by more than one action",
  check: ({ model }) => {
    const issues: Issue[] = [];
    // The first action with each Ref, found by a hash of the Ref first: nearly every Ref of a
    // large plan is unique, and a map entry for each of 100,000 was most of this rule's time. A hash
    // seen twice moves its Refs to a map keyed by the Ref itself, so a clash is never a match.
    const actions = model.actions;
    const firstByHash = new HashPlaces(actions.length);
    const first = new Map<string, Action>();
    for (let index = 0; index < actions.length; index += 1) {
      const action = actions[index];
      if (!action.ref || !action.cells.ref) continue;
      const hash = textHash(action.ref);
      const firstOfHash = firstByHash.get(hash);
      if (firstOfHash === undefined) {
        firstByHash.set(hash, index);
        continue;
      }
      if (firstOfHash !== KEYED) {
        const holder = actions[firstOfHash];
        first.set(holder.ref!, holder);
        firstByHash.set(hash, KEYED);
      }
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
