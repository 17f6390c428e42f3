/**
 * Words that tell a person from a role, group or system in an owner cell (docs/RULES.md rules 22 and 24).
 * A surname that is also a role word (Nurse, Lead) will be misread as a role; the issue is only
 * "info", and the wording of the seeds matters more than that rare case.
 */
const ROLE_WORDS = new Set([
  "academy",
  "ambassador",
  "ambassadors",
  "director",
  "directors",
  "directorate",
  "manager",
  "managers",
  "lead",
  "leads",
  "leader",
  "leaders",
  "team",
  "teams",
  "group",
  "groups",
  "subgroup",
  "board",
  "boards",
  "nurse",
  "nurses",
  "contract",
  "contracts",
  "head",
  "heads",
  "headteacher",
  "school",
  "schools",
  "consultant",
  "consultants",
  "officer",
  "officers",
  "worker",
  "workers",
  "panel",
  "partnership",
  "partnerships",
  "partners",
  "committee",
  "hub",
  "unit",
  "service",
  "services",
  "council",
  "forum",
  "network",
  "department",
  "commissioning",
  "commissioner",
  "commissioners",
  "safeguarding",
  "chair",
  "coordinator",
  "co-ordinator",
  "adviser",
  "advisor",
  "practitioner",
  "practitioners",
  "staff",
  "providers",
  "provider",
  "police",
  "housing",
  "rep",
  "representative",
  "agency",
  "agencies",
  "trust",
  "cabinet",
  "member",
  "members",
  "principal",
  "strategic",
  "operational",
  "workforce",
  "system",
  "systems",
  "programme",
  "project",
  "office",
  "colleagues",
  "all",
]);

/** All-caps (or mostly caps) abbreviations: SWFPG, GSCP, PSW, DCS, LL, ICT, HofS, DfE, C-SPA. */
export const isAcronym = (word: string): boolean => {
  const letters = word.replace(/[^A-Za-z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return upper >= 2 && upper >= letters.length - upper;
};

/** A capitalised word or initial that can be part of a personal name: Sheila, S, S., O'Neil, Smith-Jones, McDonald. */
export const isNameWord = (word: string): boolean =>
  /^[A-Z](?:\.|[a-zA-Z'’-]*)$/.test(word) && !ROLE_WORDS.has(word.toLowerCase());

export const isRoleWord = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase());

/** The text names a role, group or system somewhere (a role word or an acronym). */
export const isRoleOrGroup = (text: string): boolean =>
  text
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .some(
      (word) => word !== "" && (isRoleWord(word.replace(/[^A-Za-z-]/g, "")) || isAcronym(word))
    );

const PLACEHOLDER_WHOLE =
  /^(?:to be (?:confirmed|appointed|agreed|decided|recruited)|vacant(?: post)?|vacancy|new post|post ?holder|not yet appointed|unknown|none|n\/a|\?+)$/i;

/**
 * A generic post with no area ("Project Manager"): on its own it is the role that owns the action
 * (a role, not a placeholder); written beside a named person it is a post still to be filled (000 L723).
 */
export const isPostToFill = (owner: string): boolean =>
  /^(?:project|programme) (?:manager|lead|officer)$/i.test(owner.trim());

/** TBC, `?`, `ICT Rep TBC` (000 L441), `Farmer, Siobhan ?` (001 L6997). */
export const isPlaceholderOwner = (owner: string): boolean => {
  const text = owner.trim();
  return (
    PLACEHOLDER_WHOLE.test(text) || /\b(?:tbc|tba|tbd|vacant)\b/i.test(text) || /\?\s*$/.test(text)
  );
};

/**
 * The personal name an owner entry holds, or null for a role, group or system. The leading name words
 * count, so `Keelley Pullen Headteacher Virtual School` is the person Keelley Pullen, while `Head of
 * Housing`, `CLA Nurse`, `SW Academy` and `Ambassadors` are no one. Brackets are ignored
 * (`Claire Connolly (MASH and C-SPA subgroup)`), and `Farmer, Siobhan` reads as Siobhan Farmer.
 */
export const personalName = (owner: string): string | null => {
  let text = owner
    .replace(/\([^)]*\)?|\[[^\]]*\]?/g, " ")
    .replace(/\?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const inverted = /^([A-Z][a-zA-Z'’-]+), ?([A-Z][a-zA-Z'’-]+)$/.exec(text);
  if (inverted) text = `${inverted[2]} ${inverted[1]}`;
  const words = text.split(" ").filter((word) => word !== "");
  const leading: string[] = [];
  for (const word of words) {
    if (!isNameWord(word) || isAcronym(word)) break;
    leading.push(word);
  }
  if (leading.length === 0) return null;
  // One word is a name only when it is the whole entry ("Juliette"); "Coram Contract" is a contract.
  if (leading.length === 1 && words.length > 1) return null;
  return leading.join(" ");
};
