import { cellText, type CellValue } from "../model/cell-value";
import { stripHtml } from "../text/strip-html";
import { isAcronym, isNameWord, isPlaceholderOwner, isRoleOrGroup, personalName } from "./owner-words";

export { sameOwnerVariant } from "./owner-variant";

/** Owner data-quality flags (DOMAIN §9 rules 20–22, 24, 25; rule 23 is sameOwnerVariant, across cells). */
export type OwnerFlag = "owner-missing" | "owner-multiple" | "owner-not-person" | "owner-placeholder" | "owner-punctuation";

export interface OwnerReading {
  /** Every owner named, in the order written: people, roles and placeholders alike. */
  owners: string[];
  flags: OwnerFlag[];
  /** The owners that are roles, groups or systems (`SWFPG`, `Ambassadors`, `LL`, `Head of Housing`). */
  notPeople: string[];
  /** The owners still to be confirmed (`TBC`, `?`, `ICT Rep TBC`, `Project Manager`). */
  placeholders: string[];
}

export interface OwnerOptions {
  /** Known people; when given, undelimited names are split by longest match against it (DOMAIN §9 rule 21). */
  people?: readonly string[];
}

// `/` (000 L764), `;`, `,`, newlines (and so HTML `<p>` blocks, 003 L85), ` & ` (L458), ` and ` (L723), `+`.
const SEPARATOR = /^(?:\/|;|,|\n|&|\+|and\b)/i;
const TRAILING_SEPARATOR = /(?:\s*(?:\/|;|,|&|\+|\band))+\s*$/i;
const LEADING_SEPARATOR = /^\s*(?:(?:\/|;|,|&|\+|and\b)\s*)+/i;

/** Split on separators outside brackets: `Claire Connolly (MASH and C-SPA subgroup)` (000 L415) stays one owner. */
const splitOutsideBrackets = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth += 1;
    if ((ch === ")" || ch === "]") && depth > 0) depth -= 1;
    const atWordStart = i === 0 || /\s/.test(text[i - 1]);
    const separator = depth === 0 ? SEPARATOR.exec(text.slice(i)) : null;
    if (separator && (separator[0].toLowerCase() !== "and" || atWordStart)) {
      parts.push(current);
      current = "";
      i += separator[0].length - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/\s+/g, " ").trim()).filter((part) => part !== "");
};

/** `Farmer, Siobhan ?` (001 L6997): a surname, a comma and a forename are one person, not two owners. */
const isInvertedName = (parts: string[]): boolean =>
  parts.length === 2 && parts.every((part) => /^[A-Z][a-z'’-]+(?: ?\?)?$/.test(part)) && !parts.some((part) => isRoleOrGroup(part));

/**
 * `Sara Scholey Juliette Blake Rachel Gravett` (003 L98), `Joe Tynan Janet Simon` (004 L156): names
 * with no separator. With a people directory, split by longest match against it; without one, an even
 * run of four or more capitalised name words splits into two-word names.
 */
const splitRun = (part: string, people: readonly string[] | undefined): string[] => {
  const words = part.split(" ");
  if (people && people.length > 0) {
    const known = new Map(people.map((name) => [name.replace(/\s+/g, " ").trim().toLowerCase(), name.split(/\s+/).length] as const));
    const names: string[] = [];
    let i = 0;
    while (i < words.length) {
      let taken = 0;
      for (let n = words.length - i; n >= 1 && taken === 0; n -= 1)
        if (known.has(words.slice(i, i + n).join(" ").toLowerCase())) taken = n;
      if (taken === 0) break;
      names.push(words.slice(i, i + taken).join(" "));
      i += taken;
    }
    if (i === words.length && names.length > 1) return names;
  }
  if (words.length >= 4 && words.length % 2 === 0 && words.every(isNameWord) && !words.some(isAcronym) && !isRoleOrGroup(part)) {
    const names: string[] = [];
    for (let i = 0; i < words.length; i += 2) names.push(`${words[i]} ${words[i + 1]}`);
    return names;
  }
  return [part];
};

/** Read an owner or lead cell (DOMAIN §9 rules 20–25, §10.1 `exp_flags`). Never throws. */
export const parseOwners = (value: CellValue | undefined, options: OwnerOptions = {}): OwnerReading => {
  const text = stripHtml(cellText(value)).text.replace(/[ \t\u00A0]+/g, " ").trim();
  const flags: OwnerFlag[] = [];
  // `Andy Dempsey/Emma Trigwell/` (000 L639): a separator with nothing after it.
  const cleaned = text.replace(TRAILING_SEPARATOR, "").replace(LEADING_SEPARATOR, "");
  if (cleaned !== text && cleaned !== "") flags.push("owner-punctuation");
  const parts = splitOutsideBrackets(cleaned);
  const owners = isInvertedName(parts) ? [parts.join(", ")] : parts.flatMap((part) => splitRun(part, options.people));
  if (owners.length === 0) return { owners: [], flags: ["owner-missing"], notPeople: [], placeholders: [] };
  if (owners.length > 1) flags.push("owner-multiple");
  const placeholders = owners.filter(isPlaceholderOwner);
  const notPeople = owners.filter((owner) => !isPlaceholderOwner(owner) && personalName(owner) === null);
  if (notPeople.length > 0) flags.push("owner-not-person");
  if (placeholders.length > 0) flags.push("owner-placeholder");
  return { owners, flags, notPeople, placeholders };
};
