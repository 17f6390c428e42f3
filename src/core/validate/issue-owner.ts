import type { Action } from "../model/action";
import type { PlanModel } from "../parse/plan-model";
import { MAX_ROWS } from "../write-plan/op-area";
import type { Issue } from "./issue";

// An issue on a row no worksheet has (a fraction, or past Excel's last row) has no action there to
// own it.
const isRow = (row: number): boolean => Number.isInteger(row) && row >= 1 && row <= MAX_ROWS;

/**
 * The rows of one sheet that have an issue, and which action's owners each was claimed by, kept by
 * row number in a typed array: a hash map's lookup for every action was most of this pass on a
 * large plan, and a string key per row made 100,000 strings.
 */
class RowClaims {
  // By row: 0 no issue, -1 an issue not claimed yet, k > 0 claimed by owners[k - 1].
  private state = new Int32Array(1024);
  private readonly owners: (readonly string[])[] = [];

  /** Mark the row as having an issue. */
  want(row: number): void {
    if (!isRow(row)) return;
    if (row >= this.state.length) {
      const grown = new Int32Array(Math.max(row + 1, this.state.length * 2));
      grown.set(this.state);
      this.state = grown;
    }
    if (this.state[row] === 0) this.state[row] = -1;
  }

  /** Whether the row has an issue that no action has claimed yet. */
  open(row: number): boolean {
    return isRow(row) && row < this.state.length && this.state[row] === -1;
  }

  claim(row: number, owner: readonly string[]): void {
    this.owners.push(owner);
    this.state[row] = this.owners.length;
  }

  ownerOf(row: number): readonly string[] | undefined {
    return isRow(row) && row < this.state.length && this.state[row] > 0
      ? this.owners[this.state[row] - 1]
      : undefined;
  }
}

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
  const bySheet = new Map<string, RowClaims>();
  let sheet = "";
  let claims: RowClaims | undefined;
  for (let i = 0; i < issues.length; i += 1) {
    const issue = issues[i];
    // Issues come rule by rule, each mostly on one sheet: the last sheet's map is kept at hand.
    if (claims === undefined || issue.sheet !== sheet) {
      sheet = issue.sheet;
      claims = bySheet.get(sheet);
      if (claims === undefined) bySheet.set(sheet, (claims = new RowClaims()));
    }
    claims.want(issue.row);
  }
  let claimed = false;
  sheet = "";
  let rows = bySheet.get(sheet);
  for (let i = 0; i < model.actions.length; i += 1) {
    const action = model.actions[i];
    if (action.sheet !== sheet) {
      sheet = action.sheet;
      rows = bySheet.get(sheet);
    }
    if (rows === undefined) continue;
    const owner = ownersOf(action);
    if (owner.length === 0) continue;
    // The first action to reach a row owns it: its own row, then any cell it was read from on
    // another row (a merged or carried-down cell), in the plan's order.
    if (rows.open(action.row)) {
      rows.claim(action.row, owner);
      claimed = true;
    }
    const cells = action.cells;
    for (const field in cells) {
      const cell = cells[field];
      if (cell && cell.row !== action.row && rows.open(cell.row)) {
        rows.claim(cell.row, owner);
        claimed = true;
      }
    }
  }
  if (!claimed) return [...issues];
  // The issues are this run's own, made by the rules a moment ago: each is given its owner in place
  // rather than copied, which on a 100,000-action plan was 136,000 copies for the collector.
  claims = undefined;
  sheet = "";
  for (let i = 0; i < issues.length; i += 1) {
    const issue = issues[i];
    if (claims === undefined || issue.sheet !== sheet) {
      sheet = issue.sheet;
      claims = bySheet.get(sheet);
    }
    const owner = claims?.ownerOf(issue.row);
    if (owner) (issue as Issue).owner = owner;
  }
  return [...issues];
};
