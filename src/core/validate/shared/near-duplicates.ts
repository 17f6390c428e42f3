import type { Action } from "../../model/action";
import { ownerBaseName, rememberedPerText } from "../../parse/owner-variant";
import { contentWords } from "../../text/content-words";

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

// The holders of a word: how many titles hold it, and (up to COMMON + 1 of them) which, by entry.
interface Holders {
  held: number;
  entries: number[];
}

const heldBy = (byWord: ReadonlyMap<string, Holders>, word: string): number =>
  byWord.get(word)?.held ?? 0;

// The word held by the fewest actions (the first of them): all a search needs when CONTAINED = 1.
const rarestWord = (words: readonly string[], byWord: ReadonlyMap<string, Holders>): string => {
  let rarest = words[0];
  let fewest = heldBy(byWord, rarest);
  for (const word of words) {
    const held = heldBy(byWord, word);
    if (held < fewest) {
      rarest = word;
      fewest = held;
    }
  }
  return rarest;
};

// The `count` words held by the fewest actions.
const rarestWords = (
  words: readonly string[],
  count: number,
  byWord: ReadonlyMap<string, Holders>
): string[] => [...words].sort((a, b) => heldBy(byWord, a) - heldBy(byWord, b)).slice(0, count);

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
  const stems = new Map<string, string | null>();
  const ownerOf = rememberedPerText(ownerKey);
  // Only titles of three or more words with an owner can be either side of a pair. Each such title
  // is an entry, numbered in plan order, kept in arrays side by side (no object per title).
  const entryActions: Action[] = [];
  const entryWords: string[][] = [];
  // Worked out only for the few entries ever compared.
  const entryOwners: (string[] | undefined)[] = [];
  for (const action of actions) {
    if (action.owners.length === 0) continue;
    const words = contentWords(action.title, stems);
    if (words.length >= MIN_WORDS) {
      entryActions.push(action);
      entryWords.push(words);
    }
  }
  const ownersOf = (entry: number): string[] =>
    (entryOwners[entry] ??= entryActions[entry].owners.map(ownerOf));
  const sharesOwner = (a: number, b: number): boolean => {
    const theirs = ownersOf(b);
    return ownersOf(a).some((owner) => theirs.includes(owner));
  };
  // A common word's holders are never compared, only counted: its list stops at COMMON + 1 entries
  // instead of growing to every action of a large plan.
  const byWord = new Map<string, Holders>();
  for (let entry = 0; entry < entryWords.length; entry += 1) {
    for (const word of entryWords[entry]) {
      const holders = byWord.get(word);
      if (!holders) byWord.set(word, { held: 1, entries: [entry] });
      else if ((holders.held += 1) <= COMMON + 1) holders.entries.push(entry);
    }
  }
  const found: NearDuplicate[] = [];
  const paired = new Set<string>();
  // The entries holding the seed word, compared with this one.
  const compareFrom = (entry: number, seed: string): void => {
    const words = entryWords[entry];
    const holders = byWord.get(seed);
    if (!holders || holders.held > COMMON) return;
    for (const other of holders.entries) {
      if (
        other === entry ||
        entryWords[other].length < words.length ||
        !sharesOwner(entry, other) ||
        exact.has(entryActions[other])
      )
        continue;
      const otherWords = new Set(entryWords[other]);
      const shared = words.filter((word) => otherWords.has(word)).length;
      if (shared < words.length * CONTAINED) continue;
      const [earlier, later] = other < entry ? [other, entry] : [entry, other];
      const pair = `${earlier}:${later}`;
      if (paired.has(pair)) continue;
      paired.add(pair);
      found.push({
        action: entryActions[later],
        earlier: entryActions[earlier],
        shared,
        of: words.length,
      });
    }
  };
  for (let entry = 0; entry < entryWords.length; entry += 1) {
    if (exact.has(entryActions[entry])) continue;
    const words = entryWords[entry];
    const count = Math.floor(words.length * (1 - CONTAINED)) + 1;
    if (count === 1) compareFrom(entry, rarestWord(words, byWord));
    else for (const seed of rarestWords(words, count, byWord)) compareFrom(entry, seed);
  }
  return found.sort((a, b) => a.action.row - b.action.row);
};
