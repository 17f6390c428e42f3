import { hasText } from "../../text/char-codes";
import { FNV_OFFSET, fnvStep } from "../../text/fnv";
import type { Action } from "../../model/action";
import type { Timescale } from "../../model/timescale";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { HashPlaces } from "../shared/hash-places";
import { nearDuplicates } from "../shared/near-duplicates";

// Compare wording, not punctuation or case: "Revise, launch and deliver…" vs "Revise launch and deliver…".
const wording = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

// Titles of fewer than three words are never compared (wordingHash says so with this).
const TOO_SHORT = -1;

/**
 * A hash of wording(title), read without building the key, or TOO_SHORT: on a plan of 100,000
 * actions nearly every wording is unique, and making each key (a regular expression replace) and
 * keeping it in a map was most of this rule's time. Keys are made only for titles whose hash was
 * seen before, so a clash of hashes costs a comparison, never a wrong match. 30 bits, so that V8
 * keeps each hash as a small integer rather than a heap number.
 */
const wordingHash = (title: string): number => {
  // Lowercased whole first, not letter by letter: the copy is one flat string, read faster than a
  // title still made of joined pieces, and toLowerCase also turns some letters outside ASCII into
  // ASCII ones.
  const text = title.toLowerCase();
  let hash = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      // One space between words, as wording() leaves it.
      if (!inWord && words > 0) hash = fnvStep(hash, 32);
      if (!inWord) words += 1;
      inWord = true;
      hash = fnvStep(hash, code);
    } else inWord = false;
  }
  return words < 3 ? TOO_SHORT : hash & 0x3fffffff;
};

// An open-ended timescale has a start but no due date ("Summer 2022 onwards"): say so rather than "none".
const when = (timescale: Timescale): string =>
  timescale.due ?? (timescale.start ? `from ${timescale.start}` : "none");

const differentDates = (earlier: Action, action: Action): string =>
  when(earlier.timescale) !== when(action.timescale)
    ? ` with a different timescale (${when(earlier.timescale)} vs ${when(action.timescale)})`
    : "";

const ownerKeys = (action: Action): string[] =>
  action.owners.map((owner) => owner.trim().toLowerCase());

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

const firstInSameHands = (
  earlier: Earlier,
  action: Action,
  owners: readonly string[]
): Action | undefined => {
  let found = earlier.byGroup.get(action.group);
  for (const owner of owners) {
    const candidate = earlier.byOwner.get(owner);
    if (candidate && (!found || candidate.order < found.order)) found = candidate;
  }
  return found?.action;
};

const remember = (
  earlier: Earlier,
  action: Action,
  order: number,
  owners: readonly string[] = ownerKeys(action)
): void => {
  if (!earlier.byGroup.has(action.group)) earlier.byGroup.set(action.group, { action, order });
  for (const owner of owners)
    if (!earlier.byOwner.has(owner)) earlier.byOwner.set(owner, { action, order });
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
    // Wordings are told apart by hash first (wordingHash); a hash seen twice moves to wording keys.
    const KEYED = -1;
    const firstByWording = new Map<string, number>();
    const moreByWording = new Map<string, Earlier>();
    // A title carried down from a merged Action cell (Thurrock) is shared by design, not repeated.
    const titled: Action[] = [];
    for (let i = 0; i < model.actions.length; i += 1) {
      const action = model.actions[i];
      const value = action.cells.title?.value;
      if (!action.placeholder && typeof value === "string" && hasText(value)) titled.push(action);
    }
    const firstByHash = new HashPlaces(titled.length);
    const exact = new Set<Action>();
    for (let order = 0; order < titled.length; order += 1) {
      const action = titled[order];
      const hash = wordingHash(action.title);
      if (hash === TOO_SHORT) continue;
      const firstOfHash = firstByHash.get(hash);
      if (firstOfHash === undefined) {
        firstByHash.set(hash, order);
        continue;
      }
      if (firstOfHash !== KEYED) {
        firstByWording.set(wording(titled[firstOfHash].title), firstOfHash);
        firstByHash.set(hash, KEYED);
      }
      const key = wording(action.title);
      const first = firstByWording.get(key);
      if (first === undefined) {
        firstByWording.set(key, order);
        continue;
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
      if (!earlier) continue;
      const cell = action.cells.title;
      if (!cell) continue;
      exact.add(action).add(earlier);
      issues.push(
        issueAt(
          "action-duplicate",
          "warning",
          cell,
          "title",
          `This action repeats the one in row ${earlier.row}${differentDates(earlier, action)}. Merge them into one action with one owner and date.`
        )
      );
    }
    // Then the same deliverable in other words, by the same owner (000 L293 and L681).
    for (const { action, earlier, shared, of } of nearDuplicates(titled, exact)) {
      const cell = action.cells.title;
      if (!cell) continue;
      issues.push(
        issueAt(
          "action-duplicate",
          "warning",
          cell,
          "title",
          `This action looks like the one in row ${earlier.row}: the same owner, and ${shared === of ? "every" : `${shared} of the ${of}`} key word of the shorter one${differentDates(earlier, action)}. If they are one deliverable, merge them into one action with one owner and date.`
        )
      );
    }
    return issues.sort((a, b) => a.row - b.row);
  },
};
