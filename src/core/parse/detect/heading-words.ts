/**
 * A column heading reduced to the words that carry its meaning, so "Completion Date -\n mmm/yy (e.g.
 * Dec-22)", "completion_date" and "COMPLETION DATE:" all read as `completion date`. People decorate
 * headings with format hints, units, question marks and line breaks; none of that changes what the
 * column holds, so it is dropped before the heading is compared with any field's wording.
 */
export interface HeadingWords {
  /** The meaningful words, lower case, singular, in order. */
  words: string[];
  /** Index of the first linking word ("of", "on", "for"…): words after it only qualify the head ("Commentary on Status"). */
  qualifierFrom: number;
}

// Bracketed or trailing notes that say how to fill a cell, not what it is: (dd/mm/yy), (e.g. Dec-22), (£m).
const FORMAT_HINT =
  /\((?:e\.?g\.?|i\.?e\.?|eg|ie|dd|mm|yy|mmm|yyyy|£|\$|optional|if applicable|see|select|please|format)[^)]*\)|\b(?:dd|mm|mmm|yy|yyyy)(?:[/.-](?:dd|mm|mmm|yy|yyyy))+\b|\be\.g\.[^)]*$/gi;

// A bracketed note saying the column is the current one — "Progress (this month)", "Commentary (to
// date)" — tells when, not what the column holds. Older columns keep theirs ("RAG (last month)"), so
// the current one is still the better match.
const CURRENT_NOTE =
  /\((?:this|current|latest)(?:\s+(?:reporting\s+)?(?:month|quarter|period|year|review|update))?\s*\)|\((?:to date|so far)\)/gi;

// Words that link a head noun to its qualifier: in "Date of next review" the column holds a date.
const LINKING = new Set(["of", "on", "for", "about", "against", "regarding", "re"]);

// Words that carry no meaning in a heading; they neither match nor count against a match.
const FILLER = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "to",
  "in",
  "with",
  "our",
  "your",
  "this",
  "its",
  "is",
  "are",
  "be",
  "please",
  "enter",
  "provide",
  "give",
]);

// Spellings of one word: "pct complete", "percent complete" and "% complete" are one heading.
const SAME_AS: Record<string, string> = {
  pct: "%",
  percent: "%",
  percentage: "%",
  perc: "%",
  colour: "colour",
  color: "colour",
  no: "no",
  num: "no",
  nbr: "no",
};

// Plurals read as their singular, so "Actions"/"Action" and "Ratings"/"Rating" are one word.
// Short words and words that end in -ss/-us/-is are left alone ("status", "progress", "kpis" aside).
const singular = (word: string): string => {
  if (word.length <= 3 || /(ss|us|is|ys|ics)$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
};

/** Split, tidy and singularise a heading's words. Pure and cheap; callers memoise per distinct text. */
export const headingWords = (raw: string): HeadingWords => {
  const text = raw
    // camelCase and snake_case are word breaks ("dueDate", "rag_status").
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(FORMAT_HINT, " ")
    .replace(CURRENT_NOTE, " ")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/%/g, " % ")
    .replace(/#/g, " # ")
    .replace(/[^a-z0-9%#]+/g, " ")
    .trim();
  const words: string[] = [];
  let qualifierFrom = Number.POSITIVE_INFINITY;
  let previous = "";
  for (const token of text.split(" ")) {
    if (token === "") continue;
    if (LINKING.has(token)) {
      if (words.length > 0 && qualifierFrom === Number.POSITIVE_INFINITY)
        qualifierFrom = words.length;
      continue;
    }
    // A year in a heading ("Target 2024/25") says when, not what the column holds; other numbers
    // stay ("Project 5" is a project, not the heading "Project").
    if (
      FILLER.has(token) ||
      /^(19|20)\d{2}$/.test(token) ||
      (/^\d{2}$/.test(token) && /^(19|20)\d{2}$/.test(previous))
    ) {
      previous = token;
      continue;
    }
    previous = token;
    words.push(SAME_AS[token] ?? singular(token));
  }
  return { words, qualifierFrom };
};
