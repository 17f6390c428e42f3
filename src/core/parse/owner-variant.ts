import { personalName } from "./owner-words";

/**
 * "Claire Connolly (MASH and C-SPA subgroup)" is Claire Connolly with a note: the name owners are
 * compared by, without bracketed notes or doubled spaces.
 */
export const ownerBaseName = (name: string): string =>
  name
    .replace(/\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();

/**
 * A string function remembered for one run: the same few owners own most actions of a plan, so each
 * distinct owner text is worked on once rather than once per action.
 */
export const rememberedPerText = (work: (text: string) => string): ((text: string) => string) => {
  const known = new Map<string, string>();
  return (text) => {
    let done = known.get(text);
    if (done === undefined) {
      done = work(text);
      known.set(text, done);
    }
    return done;
  };
};

/** Damerau–Levenshtein (optimal string alignment) distance, for typing slips such as Connelly/Connolly. */
const editDistance = (a: string, b: string): number => {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i < rows; i += 1)
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
};

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/\./g, "")
    .split(" ")
    .filter((word) => word !== "");

// Surnames: the same, one slip apart in a long name (Tyrell/Tyrrell, Connelly/Connolly: six letters or
// more, so Hall/Hill stay two people), or an initial (`Janet D`).
const sameSurname = (a: string, b: string): { same: boolean; exact: boolean } => {
  if (a === b) return { same: true, exact: true };
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)))
    return { same: true, exact: false };
  return { same: Math.min(a.length, b.length) >= 6 && editDistance(a, b) <= 1, exact: false };
};

// Forenames: the same, an initial (`S Murphy` / `Sheila Murphy`), a short form (Rob/Robert), or one slip
// (Sara/Sarah). Neale/Nicole are three edits apart: different people (docs/RULES.md rule 23).
const sameForename = (a: string, b: string): boolean =>
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) ||
  (Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1);

/**
 * Whether two owner entries are one person written two ways (docs/RULES.md rule 23): `S Murphy` ~
 * `Sheila Murphy`, `Claire Connelly` ~ `Claire Connolly`, `Rob Tyrell` ~ `Rob Tyrrell`, `Keelley Pullen
 * Headteacher Virtual School` ~ `Keelley Pullen`. Different people stay apart: `Neale Laurie` /
 * `Nicole Laurie`, `Sara Scholey` / `Sarah Langdale`. Only one name may carry a slip: a fuzzy surname
 * needs matching forenames. Roles and groups match only when written identically.
 */
export const sameOwnerVariant = (a: string, b: string): boolean => {
  const tidyA = a.replace(/\s+/g, " ").trim().toLowerCase();
  const tidyB = b.replace(/\s+/g, " ").trim().toLowerCase();
  if (tidyA === "" || tidyB === "") return false;
  if (tidyA === tidyB) return true;
  const nameA = personalName(a.trim());
  const nameB = personalName(b.trim());
  if (nameA === null || nameB === null) return false;
  const [wa, wb] = [words(nameA), words(nameB)];
  if (wa.length < 2 || wb.length < 2) return false;
  const surname = sameSurname(wa[wa.length - 1], wb[wb.length - 1]);
  if (!surname.same) return false;
  return surname.exact ? sameForename(wa[0], wb[0]) : wa[0] === wb[0];
};
