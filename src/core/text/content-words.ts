import { FNV_OFFSET, fnvStep } from "./fnv";

/**
 * The words that carry an action's meaning, reduced to a crude stem, so two wordings of one
 * deliverable can be compared: "Revise, launch and deliver Sufficiency strategy" and "Revise and
 * launch a new Placement Sufficiency Strategy … Delivery of Southfield House" (docs/RULES.md rule 37).
 */

// Words that join a sentence rather than name the work; plan titles are full of them.
const STOP_WORDS = new Set(
  (
    "the a an and or of to for in on with that this these those will would be been being is are was were as at by from into onto " +
    "all any our we us their them they its it new include includes including ensure ensuring which who whom whose where when " +
    "than then there such also other more most so not can may should must have has had do does part"
  ).split(" ")
);

const isLetter = (code: number): boolean => code >= 97 && code <= 122;

/** "remodelling" → "remodel", "delivery" → "deliver", "strategies" → "strateg", "revised" → "revis": enough to match forms of one word. */
export const stem = (word: string): string => {
  let stemmed = word.replace(/(?:ments?|ings?|ies|ied|ed|es|s|y|e)$/, "");
  // "remodell(ing)" → "remodel", "plann(ed)" → "plan": a doubled last letter left by the suffix.
  if (
    stemmed.length > 3 &&
    stemmed[stemmed.length - 1] === stemmed[stemmed.length - 2] &&
    stemmed !== word
  )
    stemmed = stemmed.slice(0, -1);
  return stemmed.length >= 3 ? stemmed : word;
};

/**
 * The distinct stems of a title's content words (letters only, three or more, not stop words), in
 * the order they first appear: the definition ContentWordIds numbers, word for word (its tests hold
 * it to this).
 */
export const contentWords = (title: string): string[] => {
  const found: string[] = [];
  const text = title.toLowerCase();
  // Each run of a–z is a word (as /[a-z]+/g would find them, without a regular expression per title).
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    while (start < text.length && !isLetter(text.charCodeAt(start))) start += 1;
    if (start >= text.length) break;
    end = start;
    while (end < text.length && isLetter(text.charCodeAt(end))) end += 1;
    const word = text.slice(start, end);
    const stemmed = word.length >= 3 && !STOP_WORDS.has(word) ? stem(word) : null;
    if (stemmed !== null && !found.includes(stemmed)) found.push(stemmed);
  }
  return found;
};

/**
 * contentWords for a whole plan at once, each distinct stem numbered (0, 1, 2, … in the order first
 * met). A title's words are found in a table of the words already seen, compared in place in the
 * title's text: only a word never seen before is copied out of the title. On a plan of 100,000
 * actions that is a few thousand copies instead of a million, and no string key hashed per word.
 */
export class ContentWordIds {
  private readonly stemIds = new Map<string, number>();
  /** Open addressing: 0 is an empty slot, else a word's index + 1. */
  private slots = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Each word's stem id, or -1 for a word that carries no meaning (short, or a stop word). */
  private readonly stemOf: number[] = [];

  /** How many stems have ids: every id is below this. */
  get count(): number {
    return this.stemIds.size;
  }

  /** The ids of the distinct stems of a title's content words, in the order they first appear. */
  idsOf(title: string): number[] {
    const found: number[] = [];
    const text = title.toLowerCase();
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
      while (start < text.length && !isLetter(text.charCodeAt(start))) start += 1;
      if (start >= text.length) break;
      end = start;
      let hash = FNV_OFFSET;
      while (end < text.length && isLetter(text.charCodeAt(end))) {
        hash = fnvStep(hash, text.charCodeAt(end));
        end += 1;
      }
      const id = this.stemOf[this.wordAt(text, start, end, hash)];
      if (id >= 0 && !found.includes(id)) found.push(id);
    }
    return found;
  }

  // The index of the word text[start, end), added (with its stem) when first met.
  private wordAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) return this.add(text.slice(start, end), hash, slot);
      const index = held - 1;
      if (this.hashes[index] === hash && sameText(this.words[index], text, start, end))
        return index;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const index = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    let stemId = -1;
    if (word.length >= 3 && !STOP_WORDS.has(word)) {
      const stemmed = stem(word);
      stemId = this.stemIds.get(stemmed) ?? this.stemIds.size;
      this.stemIds.set(stemmed, stemId);
    }
    this.stemOf.push(stemId);
    this.slots[slot] = index + 1;
    // Kept at most half full, so a probe ends soon at an empty slot.
    if (this.words.length * 2 > this.slots.length) this.grow();
    return index;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.words.length; index += 1) {
      let slot = this.hashes[index] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

const sameText = (word: string, text: string, start: number, end: number): boolean => {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1)
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
};
