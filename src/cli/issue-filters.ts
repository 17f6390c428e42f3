import { basename } from "node:path";
import type { Action } from "../core/model/action";
import type { Measure } from "../core/model/measure";
import { currentCode } from "../core/validate/former-codes";
import { ownerBaseName, sameOwnerVariant } from "../core/parse/owner-variant";
import type { PlanGroup, PlanModel } from "../core/parse/plan-model";
import { type Issue, type Severity, SEVERITIES } from "../core/validate/issue";

/** What `--owner`, `--group`, `--severity` and `--code` ask for; null or empty means "all". */
export interface Filters {
  owner: string | null;
  group: string | null;
  /** That level and worse: warning keeps errors and warnings. */
  severity: Severity | null;
  codes: readonly string[];
}

export const NO_FILTERS: Filters = {
  owner: null,
  group: null,
  severity: null,
  codes: [],
};

/** The owners and group of the row an issue is on. */
export interface RowContext {
  owners: readonly string[];
  group: string | null;
}

const NOBODY: RowContext = { owners: [], group: null };

const tidy = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Whether an owner entry is the person asked for: one person written two ways counts ("S Murphy"
 * for "Sheila Murphy", a slip in a surname, a bracketed note), as the plan's own owner checks
 * count them; a role or team matches when written the same.
 */
export const ownerMatches = (asked: string, owner: string): boolean =>
  tidy(ownerBaseName(owner)) === tidy(asked) ||
  sameOwnerVariant(asked, owner) ||
  sameOwnerVariant(asked, ownerBaseName(owner));

/** Whether a group is the one asked for, by its label ("1.1 Recruitment"), its title or its number. */
const groupMatches = (asked: string, label: string, groups: readonly PlanGroup[]): boolean => {
  const wanted = tidy(asked);
  if (tidy(label) === wanted) return true;
  const group = groups.find((g) => g.label === label);
  return group !== undefined && (tidy(group.title) === wanted || tidy(group.id) === wanted);
};

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/** Every row an action or measure occupies (its cells may sit on rows below its first). */
const rowsOf = (item: Action | Measure): number[] => [
  item.row,
  ...Object.values(item.cells).flatMap((cell) => (cell ? [cell.row] : [])),
];

/**
 * Who owns the row an issue is on, and its group: the issue's own owner where it carries one,
 * else the action (or measure, which has a group but no owner) at that sheet and row.
 */
export const rowContexts = (model: PlanModel): ((issue: Issue) => RowContext) => {
  const byRow = new Map<string, RowContext>();
  for (const measure of model.measures)
    for (const row of rowsOf(measure))
      byRow.set(rowKey(measure.sheet, row), { owners: [], group: measure.group });
  for (const action of model.actions)
    for (const row of rowsOf(action))
      byRow.set(rowKey(action.sheet, row), {
        owners: action.owners,
        group: action.group,
      });
  return (issue) => {
    const found = byRow.get(rowKey(issue.sheet, issue.row)) ?? NOBODY;
    // Issues are gaining an owner of their own; where one is carried it is the issue's word.
    const carried: unknown = "owner" in issue ? issue.owner : undefined;
    if (typeof carried === "string" && carried.trim() !== "")
      return { ...found, owners: [carried] };
    if (
      Array.isArray(carried) &&
      carried.every((o): o is string => typeof o === "string") &&
      carried.length > 0
    )
      return { ...found, owners: carried };
    return found;
  };
};

const atLeast = (severity: Severity, floor: Severity): boolean =>
  SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);

/** The issues the filters keep. */
export const filterIssues = (
  issues: readonly Issue[],
  model: PlanModel,
  filters: Filters
): Issue[] => {
  const contextOf = rowContexts(model);
  // A renamed rule's old code still picks it (former-codes.ts).
  const codes = new Set(filters.codes.map(currentCode));
  return issues.filter((issue) => {
    if (filters.severity !== null && !atLeast(issue.severity, filters.severity)) return false;
    if (codes.size > 0 && !codes.has(issue.code.toLowerCase())) return false;
    if (filters.owner === null && filters.group === null) return true;
    const { owners, group } = contextOf(issue);
    if (filters.owner !== null && !owners.some((o) => ownerMatches(filters.owner ?? "", o)))
      return false;
    return (
      filters.group === null || (group !== null && groupMatches(filters.group, group, model.groups))
    );
  });
};

/** Whether an action is kept by --owner and --group. */
export const actionKept = (action: Action, model: PlanModel, filters: Filters): boolean =>
  (filters.owner === null || action.owners.some((o) => ownerMatches(filters.owner ?? "", o))) &&
  (filters.group === null || groupMatches(filters.group, action.group, model.groups));

/** Whether a measure is kept: measures have no owner, so --owner leaves them all out. */
export const measureKept = (measure: Measure, model: PlanModel, filters: Filters): boolean =>
  filters.owner === null &&
  (filters.group === null || groupMatches(filters.group, measure.group, model.groups));

/** Whether a roll-up row is the group asked for. */
export const groupKept = (name: string, model: PlanModel, filters: Filters): boolean =>
  filters.group === null || groupMatches(filters.group, name, model.groups);

export const hasFilters = (filters: Filters): boolean =>
  filters.owner !== null ||
  filters.group !== null ||
  filters.severity !== null ||
  filters.codes.length > 0;

/**
 * A --group that names no group of this plan, said (on stderr) rather than shown as a clean
 * result: "Priority 9" or a slip in a name would otherwise read as "no issues".
 */
export const unknownGroupSentence = (
  model: PlanModel,
  filters: Filters,
  file: string
): string | null => {
  const asked = filters.group;
  if (asked === null) return null;
  const labels = [
    ...new Set([
      ...model.groups.map((g) => g.label),
      ...model.actions.map((a) => a.group),
      ...model.measures.map((m) => m.group),
    ]),
  ].filter((l) => l !== "");
  if (labels.some((label) => groupMatches(asked, label, model.groups))) return null;
  const shown = labels.slice(0, 8).join(", ");
  return `${basename(file)} has no group called "${asked}"${labels.length === 0 ? "." : ` (its groups: ${shown}${labels.length > 8 ? ", …" : ""}).`}`;
};
