import type { Action } from "../model/action";
import type { PlanModel } from "../parse/plan-model";
import type { Issue } from "./issue";

// Rows are looked up per sheet by number: a string key per row made 100,000 strings on a large plan.
type RowsBySheet = Map<string, Map<number, string[]>>;

const rowsOfSheet = (rows: RowsBySheet, sheet: string): Map<number, string[]> => {
  let bySheet = rows.get(sheet);
  if (!bySheet) rows.set(sheet, (bySheet = new Map()));
  return bySheet;
};

/** The owners the owner cell names, else its words on one line: who a person would say owns this row. */
const ownersOf = (action: Action): string[] => {
  if (action.owners.length > 0) return action.owners;
  const text = action.ownerText.replace(/\s+/g, " ").trim();
  return text === "" ? [] : [text];
};

/** The owners as one phrase, for a line of text or a JSON field ("Sue Hall; Mark Bone"). */
export const ownerPhrase = (issue: Issue): string | null =>
  issue.owner && issue.owner.length > 0 ? issue.owner.join("; ") : null;

/**
 * Each issue on an action's row names that action's owner, so a performance officer can send each
 * owner their own list. Issues on rows with no owner (headings, measures, blank owners) carry none.
 */
/** Issues made by this run's rules (not shared with anyone yet), each given its row's owner. */
export const withOwners = (issues: readonly Issue[], model: PlanModel): Issue[] => {
  // Only rows that have an issue need an owner: most of a large plan's rows have none.
  const wanted: RowsBySheet = new Map();
  for (const issue of issues) rowsOfSheet(wanted, issue.sheet).set(issue.row, []);
  const owners: RowsBySheet = new Map();
  const claim = (sheet: string, row: number, owner: string[]): void => {
    const asked = wanted.get(sheet);
    if (!asked?.has(row)) return;
    const bySheet = rowsOfSheet(owners, sheet);
    if (!bySheet.has(row)) bySheet.set(row, owner);
  };
  for (const action of model.actions) {
    // The rows an action spans: its own row and any cell it was read from (a merged or carried-down cell).
    if (!wanted.has(action.sheet)) continue;
    const owner = ownersOf(action);
    if (owner.length === 0) continue;
    claim(action.sheet, action.row, owner);
    for (const field in action.cells) {
      const cell = action.cells[field];
      if (cell && cell.row !== action.row) claim(action.sheet, cell.row, owner);
    }
  }
  if (owners.size === 0) return [...issues];
  // The issues are this run's own, made by the rules a moment ago: each is given its owner in place
  // rather than copied, which on a 100,000-action plan was 136,000 copies for the collector.
  for (const issue of issues) {
    const owner = owners.get(issue.sheet)?.get(issue.row);
    if (owner !== undefined) (issue as Issue).owner = owner;
  }
  return [...issues];
};
