import type { Action } from "../../model/action";
import { ownerBaseName, rememberedPerText } from "../../parse/owner-variant";
import { ContentWordIds } from "../../text/content-words";

/** A later action that says nearly all of what an earlier one by the same owner says. */
export interface NearDuplicate {
  action: Action;
  earlier: Action;
  /** How many of the shorter title's content words the other holds, and how many it has. */
  shared: number;
  of: number;
}

// The share of the shorter title's content words the longer one must hold: all of them. At 7 of 8,
// BCP's "Management oversight is consistently visible…" and "Supervision is consistently visible…"
// (two actions on one template) would be reported; the seed's real pairs share every word.
const CONTAINED = 1;
// A word in more actions than this names no deliverable of its own ("deliver", "improve"); the search
// starts only from rarer words, which keeps it linear on a plan of 100,000 actions.
const COMMON = 50;
const MIN_WORDS = 3;

const ownerKey = (owner: string): string => ownerBaseName(owner).toLowerCase();

// The `count` words held by the fewest entries (a stable sort keeps ties in title order).
const rarestWords = (words: readonly number[], count: number, held: readonly number[]): number[] =>
  [...words].sort((a, b) => held[a] - held[b]).slice(0, count);

/**
 * Pairs of actions with a shared owner where the shorter title's content words are all in the longer
 * one (docs/RULES.md rule 37: 000 L293 "Revise and launch a new Placement Sufficiency Strategy…"
 * and L681 "Revise, launch and deliver Sufficiency strategy", both Wendy Williams). Each pair is
 * reported once, on the later action. An action holding all (at least CONTAINED) of a title's
 * words must hold one of its rarest ⌊(1 − CONTAINED)·n⌋+1 words, so only actions sharing one of
 * those are compared.
 */
export const nearDuplicates = (
  actions: readonly Action[],
  exact: ReadonlySet<Action>
): NearDuplicate[] => {
  // Each title's content words read straight into stem ids (ContentWordIds: no string per word).
  const wordIds = new ContentWordIds();
  const ownerOf = rememberedPerText(ownerKey);
  // Only titles of three or more words with an owner can be either side of a pair. Each such title
  // is an entry, numbered in plan order. Its words are kept as ids in one flat list (entry e's are
  // words[starts[e]] up to words[starts[e + 1]]), not an array per title: 100,000 arrays kept to
  // the end were copied by every collection on a large plan.
  const entryActions: Action[] = [];
  const starts: number[] = [0];
  // A typed array grown by doubling: a million ids on a large plan, pushed one by one into a plain
  // array, were a good part of the rule's time.
  let words = new Int32Array(1024);
  let size = 0;
  // By word id: how many entries hold it, and which (up to COMMON + 1 of them, in entry order). A
  // common word's holders are never compared, only counted.
  const held: number[] = [];
  const holders: number[][] = [];
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i];
    if (action.owners.length === 0) continue;
    const content = wordIds.idsOf(action.title);
    if (content.length < MIN_WORDS) continue;
    const entry = entryActions.length;
    entryActions.push(action);
    while (held.length < wordIds.count) {
      held.push(0);
      holders.push([]);
    }
    for (let w = 0; w < content.length; w += 1) {
      const id = content[w];
      if (size === words.length) {
        const grown = new Int32Array(words.length * 2);
        grown.set(words);
        words = grown;
      }
      words[size] = id;
      size += 1;
      held[id] += 1;
      if (held[id] <= COMMON + 1) holders[id].push(entry);
    }
    starts.push(size);
  }
  const wordsOf = (entry: number): number[] =>
    Array.from(words.subarray(starts[entry], starts[entry + 1]));
  const lengthOf = (entry: number): number => starts[entry + 1] - starts[entry];
  // Worked out only for the few entries ever compared.
  const entryOwners: (string[] | undefined)[] = [];
  const ownersOf = (entry: number): string[] =>
    (entryOwners[entry] ??= entryActions[entry].owners.map(ownerOf));
  const sharesOwner = (a: number, b: number): boolean => {
    const theirs = ownersOf(b);
    return ownersOf(a).some((owner) => theirs.includes(owner));
  };
  const found: NearDuplicate[] = [];
  const paired = new Set<string>();
  // The entries holding the seed word, compared with this one.
  const compareFrom = (entry: number, seed: number): void => {
    if (held[seed] > COMMON) return;
    const length = lengthOf(entry);
    for (let h = 0; h < holders[seed].length; h += 1) {
      const other = holders[seed][h];
      if (
        other === entry ||
        lengthOf(other) < length ||
        !sharesOwner(entry, other) ||
        exact.has(entryActions[other])
      )
        continue;
      const otherWords = new Set(wordsOf(other));
      const shared = wordsOf(entry).filter((word) => otherWords.has(word)).length;
      if (shared < length * CONTAINED) continue;
      const [earlier, later] = other < entry ? [other, entry] : [entry, other];
      const pair = `${earlier}:${later}`;
      if (paired.has(pair)) continue;
      paired.add(pair);
      found.push({
        action: entryActions[later],
        earlier: entryActions[earlier],
        shared,
        of: length,
      });
    }
  };
  for (let entry = 0; entry < entryActions.length; entry += 1) {
    if (exact.has(entryActions[entry])) continue;
    const length = lengthOf(entry);
    const count = Math.floor(length * (1 - CONTAINED)) + 1;
    if (count === 1) {
      // The rarest word read in place, without a copy of the entry's words.
      let rarest = words[starts[entry]];
      for (let at = starts[entry]; at < starts[entry + 1]; at += 1)
        if (held[words[at]] < held[rarest]) rarest = words[at];
      compareFrom(entry, rarest);
    } else for (const seed of rarestWords(wordsOf(entry), count, held)) compareFrom(entry, seed);
  }
  return found.sort((a, b) => a.action.row - b.action.row);
};
