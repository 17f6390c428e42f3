import { ownerFlagRule, who } from "../shared/owner-flag-rule";

// docs/RULES.md rule 25: a trailing separator ("Andy Dempsey/Emma Trigwell/") is tidied automatically.
export const ownerPunctuation = ownerFlagRule(
  "owner-punctuation",
  "info",
  "Stray separator in the owner cell",
  (action, reading) =>
    `${who(action)}'s owner cell ends with a stray separator; it is read as ${reading.owners.join("; ")}. Remove the trailing character.`
);
