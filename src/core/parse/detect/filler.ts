/**
 * Text a template puts in cells for people to replace or to mark its own edges: dropdown prompts
 * ("< Select >", "Please select"), end markers ("END") and instructions ("Add rows above this
 * line"). None of it is anybody's answer, so a cell holding it reads as empty and a row holding only
 * such text is not an action.
 */
const FILLER =
  /^(?:<\s*select\s*>|[-–—(<[]*\s*(?:please\s+)?select(?:\s+(?:one|an?\s+option|from\s+(?:the\s+)?list))?\s*[-–—)>\]]*|please\s+choose|choose\s+(?:an?\s+)?option|end|end of (?:table|list|plan|data)|\[?\s*(?:add|insert)\s+(?:new\s+|more\s+|additional\s+)?rows?\s+(?:above|here)(?:\s+this\s+(?:line|row))?\s*\]?\.?|enter (?:text|details) here)$/i;

export const isFillerText = (text: string): boolean =>
  text.length <= 60 && FILLER.test(text.trim());

/** A totals row's label: "Total", "Grand total", "Sub-total", "Count:". A summary, not a row of the table. */
export const TOTAL_LABEL = /^(?:grand\s+|sub-?)?totals?\b|^(?:count|sum|average|mean)\s*:?$/i;

/** The same for a cell's value: only text can be filler, and numbers are never turned into text to ask. */
export const isFillerValue = (value: unknown): boolean =>
  typeof value === "string" && value.length <= 60 && FILLER.test(value.trim());
