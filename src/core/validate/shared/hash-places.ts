import { FNV_OFFSET, fnvText } from "../../text/fnv";
/**
 * A place (a whole number) for each 30-bit hash, kept in two typed arrays with open addressing rather
 * than in a Map: one entry per action of a 100,000-action plan, where a Map's entries were a large
 * part of a rule's time and garbage. Sized once for the number of hashes it will hold.
 */
export class HashPlaces {
  // hash + 1 at each slot (0 marks an empty slot), and the place beside it.
  private readonly hashes: Int32Array;
  private readonly places: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.places = new Int32Array(size);
    this.mask = size - 1;
  }

  // The slot of the hash: where it is, or the empty slot it would go in.
  private slotOf(hash: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) & this.mask;
    while (this.hashes[slot] !== 0 && this.hashes[slot] !== hash + 1) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The place kept for the hash (0 ≤ hash < 2^30), or undefined. */
  get(hash: number): number | undefined {
    const slot = this.slotOf(hash);
    return this.hashes[slot] === 0 ? undefined : this.places[slot];
  }

  /** Keep the place for the hash; at most `count` distinct hashes. */
  set(hash: number, place: number): void {
    const slot = this.slotOf(hash);
    this.hashes[slot] = hash + 1;
    this.places[slot] = place;
  }
}

/** A 30-bit FNV-1a hash of the text's UTF-16 code units, a small integer for HashPlaces. */
export const textHash = (text: string): number => fnvText(FNV_OFFSET, text) & 0x3fffffff;
