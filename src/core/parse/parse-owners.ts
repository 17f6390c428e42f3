import { cellText, type CellValue } from "../model/cell-value";
import { stripHtml } from "../text/strip-html";
import {
  isAcronym,
  isNameWord,
  isPlaceholderOwner,
  isPostToFill,
  isRoleOrGroup,
  personalName,
} from "./owner-words";

export { sameOwnerVariant } from "./owner-variant";

/** Owner data-quality flags (docs/RULES.md rules 20–22, 24, 25; rule 23 is sameOwnerVariant, across cells). */
export type OwnerFlag =
  | "owner-missing"
  | "owner-multiple"
  | "owner-not-person"
  | "owner-placeholder"
  | "owner-punctuation";

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
  /** Known people; when given, undelimited names are split by longest match against it (docs/RULES.md rule 21). */
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
  parts.length === 2 &&
  parts.every((part) => /^[A-Z][a-z'’-]+(?: ?\?)?$/.test(part)) &&
  !parts.some((part) => isRoleOrGroup(part));

// Words that name a post someone holds; "Front Door", "Safeguarding" and "Early Help" name areas.
const POST =
  /\b(?:manager|director|lead|leader|head|officer|worker|co-?ordinator|advis[eo]r|chair|consultant|practitioner|nurse|commissioner|principal|rep|representative)s?\b/i;

const isPost = (part: string): boolean => POST.test(part) && personalName(part) === null;

/**
 * `Service Manager, Front Door`, `Assistant Director, Safeguarding / Joanne Reid`, `Workforce Lead /
 * Sarah Okafor`: a post, then the area it covers or the person who holds it — one owner, named by role
 * and name, not two. Only where the cell lists with "," or "/" alone; "and", "&", "+" and ";" join
 * separate owners (`Julie Miles and Project Manager`), and a second post is a second owner.
 */
const joinPostsWithHolders = (parts: string[], text: string): string[] => {
  if (/[;&+\n]|\band\b/i.test(text)) return parts;
  const owners: { text: string; open: boolean }[] = [];
  let cursor = 0;
  for (const part of parts) {
    // The separator as written before this part (", " or " / "), to give the owner back as typed.
    const at = text.indexOf(part, cursor);
    const separator = at >= cursor ? text.slice(cursor, at) : ", ";
    if (at >= cursor) cursor = at + part.length;
    const last = owners[owners.length - 1];
    const person = personalName(part) !== null;
    const group = part.split(/\s+/).some(isAcronym);
    if (last?.open && !isPost(part) && !isPlaceholderOwner(part) && (person || !group)) {
      last.text = `${last.text}${separator}${part}`;
      // Once its holder is named the owner is complete; an area leaves room for the holder's name.
      // After a comma a capitalised pair may be an area ("Front Door") as well as a name, so it stays
      // open for a holder written after a slash.
      last.open = !person || separator.trim() === ",";
    } else owners.push({ text: part, open: isPost(part) });
  }
  return owners.map((owner) => owner.text);
};

/**
 * `Sara Scholey Juliette Blake Rachel Gravett` (003 L98), `Joe Tynan Janet Simon` (004 L156): names
 * with no separator. With a people directory, split by longest match against it; without one, an even
 * run of four or more capitalised name words splits into two-word names.
 */
const splitRun = (part: string, people: readonly string[] | undefined): string[] => {
  const words = part.split(" ");
  if (people && people.length > 0) {
    const known = new Map(
      people.map(
        (name) =>
          [name.replace(/\s+/g, " ").trim().toLowerCase(), name.split(/\s+/).length] as const
      )
    );
    const names: string[] = [];
    let i = 0;
    while (i < words.length) {
      let taken = 0;
      for (let n = words.length - i; n >= 1 && taken === 0; n -= 1)
        if (
          known.has(
            words
              .slice(i, i + n)
              .join(" ")
              .toLowerCase()
          )
        )
          taken = n;
      if (taken === 0) break;
      names.push(words.slice(i, i + taken).join(" "));
      i += taken;
    }
    if (i === words.length && names.length > 1) return names;
  }
  if (
    words.length >= 4 &&
    words.length % 2 === 0 &&
    words.every(isNameWord) &&
    !words.some(isAcronym) &&
    !isRoleOrGroup(part)
  ) {
    const names: string[] = [];
    for (let i = 0; i < words.length; i += 2) names.push(`${words[i]} ${words[i + 1]}`);
    return names;
  }
  return [part];
};

/** Read an owner or lead cell (docs/RULES.md rules 20–25, docs/SAMPLES.md#gcc-actions `exp_flags`). Never throws. */
export const parseOwners = (
  value: CellValue | undefined,
  options: OwnerOptions = {}
): OwnerReading => {
  const text = stripHtml(cellText(value))
    .text.replace(/[ \t\u00A0]+/g, " ")
    .trim();
  const flags: OwnerFlag[] = [];
  // `Andy Dempsey/Emma Trigwell/` (000 L639): a separator with nothing after it.
  const cleaned = text.replace(TRAILING_SEPARATOR, "").replace(LEADING_SEPARATOR, "");
  if (cleaned !== text && cleaned !== "") flags.push("owner-punctuation");
  const parts = splitOutsideBrackets(cleaned);
  const owners = isInvertedName(parts)
    ? [parts.join(", ")]
    : joinPostsWithHolders(parts, cleaned).flatMap((part) => splitRun(part, options.people));
  if (owners.length === 0)
    return { owners: [], flags: ["owner-missing"], notPeople: [], placeholders: [] };
  if (owners.length > 1) flags.push("owner-multiple");
  // A post named on its own ("Project Manager") is the role that owns the action; beside a named
  // person ("Julie Miles and Project Manager", 000 L723) it is a post still to be filled.
  const besidePerson = owners.some((owner) => personalName(owner) !== null);
  const placeholders = owners.filter(
    (owner) => isPlaceholderOwner(owner) || (besidePerson && isPostToFill(owner))
  );
  const notPeople = owners.filter(
    (owner) => !placeholders.includes(owner) && personalName(owner) === null
  );
  if (notPeople.length > 0) flags.push("owner-not-person");
  if (placeholders.length > 0) flags.push("owner-placeholder");
  return { owners, flags, notPeople, placeholders };
};
