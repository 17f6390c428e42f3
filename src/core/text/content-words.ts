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
 * The distinct stems of a title's content words (letters only, three or more, not stop words).
 * `stems` remembers each word's stem across calls: a plan repeats the same few hundred words.
 */
export const contentWords = (
  title: string,
  stems: Map<string, string | null> = new Map()
): string[] => {
  // An array, not a Set: a title has a dozen words, and this runs once per action of the plan.
  const found: string[] = [];
  const text = title.toLowerCase();
  // Each run of a–z is a word (as /[a-z]+/g would find them, without a regular expression per title).
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    while (start < text.length && !isLetter(text.charCodeAt(start))) start += 1;
    if (start >= text.length) break;
    end = start;
    while (end < text.length && isLetter(text.charCodeAt(end))) end += 1;
    const word = text.slice(start, end);
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = word.length >= 3 && !STOP_WORDS.has(word) ? stem(word) : null;
      stems.set(word, stemmed);
    }
    if (stemmed !== null && !found.includes(stemmed)) found.push(stemmed);
  }
  return found;
};
