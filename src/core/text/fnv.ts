/**
 * FNV-1a, 32-bit, over UTF-16 code units: the one hash step every quick, dependency-free hash here
 * uses (the snapshot's fingerprint, the mapping part's id, the duplicate checks' keys, the word
 * table). Not a security hash.
 */

/**
 * The offset basis as a 32-bit integer (the same bits as 0x811c9dc5): a start above 2^31 makes V8
 * keep the running hash as a floating-point number, which made every step of a hash loop slower.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

const FNV_PRIME = 0x01000193;
// Held locally: a global lookup per character is far slower in sandboxed runtimes (jest's vm).
const imul = Math.imul;

/** The hash after one more code unit (a 32-bit integer; `>>> 0` reads it unsigned). */
export const fnvStep = (hash: number, code: number): number => imul(hash ^ code, FNV_PRIME);

/** The hash after every code unit of the text, in order. */
export const fnvText = (hash: number, text: string): number => {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = fnvStep(h, text.charCodeAt(i));
  return h;
};
