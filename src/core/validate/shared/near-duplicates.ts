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

interface Entry {
  index: number;
  action: Action;
  words: string[];
  /** Worked out only for the few entries ever compared. */
  owners: string[] | null;
}

const ownerKey = (owner: string): string => ownerBaseName(owner).toLowerCase();

// The `count` words held by the fewest actions; one pass when one is enough (CONTAINED = 1).
const rarestWords = (
  words: readonly string[],
  count: number,
  holders: (word: string) => number
): string[] => {
  if (count > 1) return [...words].sort((a, b) => holders(a) - holders(b)).slice(0, count);
  let rarest = words[0];
  let fewest = holders(rarest);
  for (const word of words) {
    const held = holders(word);
    if (held < fewest) {
      rarest = word;
      fewest = held;
    }
  }
  return [rarest];
};

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
  // Only titles of three or more words with an owner can be either side of a pair.
  const entries: Entry[] = [];
  for (const action of actions) {
    if (action.owners.length === 0) continue;
    const words = contentWords(action.title, stems);
    if (words.length >= MIN_WORDS)
      entries.push({ index: entries.length, action, words, owners: null });
  }
  const ownersOf = (entry: Entry): string[] => (entry.owners ??= entry.action.owners.map(ownerOf));
  const sharesOwner = (a: Entry, b: Entry): boolean => {
    const theirs = ownersOf(b);
    return ownersOf(a).some((owner) => theirs.includes(owner));
  };
  // A common word's holders are never compared, only counted: its list stops at COMMON + 1 entries
  // instead of growing to every action of a large plan.
  const byWord = new Map<string, { held: number; entries: Entry[] }>();
  for (const entry of entries) {
    for (const word of entry.words) {
      const holders = byWord.get(word);
      if (!holders) byWord.set(word, { held: 1, entries: [entry] });
      else if ((holders.held += 1) <= COMMON + 1) holders.entries.push(entry);
    }
  }
  const found: NearDuplicate[] = [];
  const paired = new Set<string>();
  for (const entry of entries) {
    if (exact.has(entry.action)) continue;
    const seeds = rarestWords(
      entry.words,
      Math.floor(entry.words.length * (1 - CONTAINED)) + 1,
      (word) => byWord.get(word)?.held ?? 0
    );
    for (const seed of seeds) {
      const holders = byWord.get(seed);
      if (!holders || holders.held > COMMON) continue;
      for (const other of holders.entries) {
        if (
          other === entry ||
          other.words.length < entry.words.length ||
          !sharesOwner(entry, other) ||
          exact.has(other.action)
        )
          continue;
        const otherWords = new Set(other.words);
        const shared = entry.words.filter((word) => otherWords.has(word)).length;
        if (shared < entry.words.length * CONTAINED) continue;
        const [earlier, later] = other.index < entry.index ? [other, entry] : [entry, other];
        const pair = `${earlier.index}:${later.index}`;
        if (paired.has(pair)) continue;
        paired.add(pair);
        found.push({
          action: later.action,
          earlier: earlier.action,
          shared,
          of: entry.words.length,
        });
      }
    }
  }
  return found.sort((a, b) => a.action.row - b.action.row);
};
