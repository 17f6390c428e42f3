import type { Action } from "../model/action";
import type { PlanModel } from "../parse/plan-model";
import type { Issue } from "./issue";

const rowKey = (sheet: string, row: number): string => `${sheet}\u0001${row}`;

// The rows an action spans: its own row and any cell it was read from (a merged or carried-down cell).
const rowsOf = (action: Action): number[] => [action.row, ...Object.values(action.cells).flatMap((cell) => (cell ? [cell.row] : []))];

/** The owners the owner cell names, else its words on one line: who a person would say owns this row. */
const ownersOf = (action: Action): string[] => {
  if (action.owners.length > 0) return action.owners;
  const text = action.ownerText.replace(/\s+/g, " ").trim();
  return text === "" ? [] : [text];
};

/** The owners as one phrase, for a line of text or a JSON field ("Sue Hall; Mark Bone"). */
export const ownerPhrase = (issue: Issue): string | null => (issue.owner && issue.owner.length > 0 ? issue.owner.join("; ") : null);

/**
 * Each issue on an action's row names that action's owner, so a performance officer can send each
 * owner their own list. Issues on rows with no owner (headings, measures, blank owners) carry none.
 */
export const withOwners = (issues: readonly Issue[], model: PlanModel): Issue[] => {
  const owners = new Map<string, string[]>();
  for (const action of model.actions) {
    const owner = ownersOf(action);
    if (owner.length === 0) continue;
    for (const row of rowsOf(action)) if (!owners.has(rowKey(action.sheet, row))) owners.set(rowKey(action.sheet, row), owner);
  }
  if (owners.size === 0) return [...issues];
  return issues.map((issue) => {
    const owner = owners.get(rowKey(issue.sheet, issue.row));
    return owner === undefined ? issue : { ...issue, owner };
  });
};
