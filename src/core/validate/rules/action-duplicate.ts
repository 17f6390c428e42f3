import type { Action } from "../../model/action";
import type { Timescale } from "../../model/timescale";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { nearDuplicates } from "../shared/near-duplicates";

// Compare wording, not punctuation or case: "Revise, launch and deliver…" vs "Revise launch and deliver…".
const wording = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

// Words of a wording() key, counted without splitting it (this runs once per action of the plan).
const wordCount = (key: string): number => {
  let words = 1;
  for (let i = key.indexOf(" "); i !== -1; i = key.indexOf(" ", i + 1)) words += 1;
  return words;
};

// An open-ended timescale has a start but no due date ("Summer 2022 onwards"): say so rather than "none".
const when = (timescale: Timescale): string => timescale.due ?? (timescale.start ? `from ${timescale.start}` : "none");

const differentDates = (earlier: Action, action: Action): string =>
  when(earlier.timescale) !== when(action.timescale) ? ` with a different timescale (${when(earlier.timescale)} vs ${when(action.timescale)})` : "";

const ownerKeys = (action: Action): string[] => action.owners.map((owner) => owner.trim().toLowerCase());

/**
 * The same words are one deliverable written twice when they sit in one group or with one owner. A
 * line a template repeats in every section, each time for another owner ("Review progress at the
 * monthly board"), is each group's own action, not a copy to merge. The first action of each group
 * and of each owner is kept per wording, so a template line repeated thousands of times is looked up,
 * never compared with every earlier copy.
 */
interface Earlier {
  byGroup: Map<string, { action: Action; order: number }>;
  byOwner: Map<string, { action: Action; order: number }>;
}

const firstInSameHands = (earlier: Earlier, action: Action, owners: readonly string[]): Action | undefined => {
  let found = earlier.byGroup.get(action.group);
  for (const owner of owners) {
    const candidate = earlier.byOwner.get(owner);
    if (candidate && (!found || candidate.order < found.order)) found = candidate;
  }
  return found?.action;
};

const remember = (earlier: Earlier, action: Action, order: number, owners: readonly string[] = ownerKeys(action)): void => {
  if (!earlier.byGroup.has(action.group)) earlier.byGroup.set(action.group, { action, order });
  for (const owner of owners) if (!earlier.byOwner.has(owner)) earlier.byOwner.set(owner, { action, order });
};

/** docs/RULES.md rule 37: the same deliverable twice, often with conflicting dates. */
export const actionDuplicate: ValidationRule = {
  code: "action-duplicate",
  severity: "warning",
  title: "Same action written twice",
  check: ({ model }) => {
    const issues: Issue[] = [];
    // Most wordings occur once: they keep only the place of their one action (no object each on a
    // plan of 100,000), and get maps only when a second arrives.
    const firstByWording = new Map<string, number>();
    const moreByWording = new Map<string, Earlier>();
    // A title carried down from a merged Action cell (Thurrock) is shared by design, not repeated.
    const titled = model.actions.filter((action) => !action.placeholder && typeof action.cells.title?.value === "string" && action.cells.title.value.trim() !== "");
    const exact = new Set<Action>();
    titled.forEach((action, order) => {
      const key = wording(action.title);
      if (wordCount(key) < 3) return;
      const first = firstByWording.get(key);
      if (first === undefined) {
        firstByWording.set(key, order);
        return;
      }
      let more = moreByWording.get(key);
      if (!more) {
        more = { byGroup: new Map(), byOwner: new Map() };
        moreByWording.set(key, more);
        remember(more, titled[first], first);
      }
      const owners = ownerKeys(action);
      const earlier = firstInSameHands(more, action, owners);
      remember(more, action, order, owners);
      if (!earlier) return;
      const cell = action.cells.title;
      if (!cell) return;
      exact.add(action).add(earlier);
      issues.push(issueAt("action-duplicate", "warning", cell, "title",
        `This action repeats the one in row ${earlier.row}${differentDates(earlier, action)}. Merge them into one action with one owner and date.`));
    });
    // Then the same deliverable in other words, by the same owner (000 L293 and L681).
    for (const { action, earlier, shared, of } of nearDuplicates(titled, exact)) {
      const cell = action.cells.title;
      if (!cell) continue;
      issues.push(issueAt("action-duplicate", "warning", cell, "title",
        `This action looks like the one in row ${earlier.row}: the same owner, and ${shared === of ? "every" : `${shared} of the ${of}`} key word of the shorter one${differentDates(earlier, action)}. If they are one deliverable, merge them into one action with one owner and date.`));
    }
    return issues.sort((a, b) => a.row - b.row);
  },
};
