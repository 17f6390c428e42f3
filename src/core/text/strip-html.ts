import { cellText, type CellValue } from "../model/cell-value";

/** Cell text with its HTML turned into plain lines; `hadHtml` lets a caller raise `html-in-cell` (docs/RULES.md rule 18). */
export interface PlainText {
  text: string;
  hadHtml: boolean;
}

// Only real HTML tag names count, so "Children <18" or "a<b" in prose is left alone.
const TAG_NAMES =
  "p|br|ul|ol|li|div|span|table|tbody|thead|tfoot|tr|td|th|b|i|u|s|em|strong|font|a|h[1-6]|sup|sub|hr|col|colgroup|caption|blockquote|pre|code|small|big|center|o:p|st1:[a-z]+";
// A tag may be unclosed (`<ul style="list-style-type: none">` with no `</ul>`, 003 L147) or even cut off
// before its `>` when the export truncated the cell: then, if it has an attribute (so it cannot be prose
// such as "a<b"), it runs to the next `<` or the end.
const TAG = new RegExp(`<(/?)(${TAG_NAMES})\\b(?:[^<>]*>|\\s[^<>]*=[^<>]*(?=<|$))`, "gi");
const LINE_BREAKING =
  /^(p|br|ul|ol|li|div|table|tbody|thead|tfoot|tr|h[1-6]|hr|blockquote|pre|caption)$/i;
const CELL_END = /^(td|th)$/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  nbsp: " ",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  hellip: "…",
  pound: "£",
};
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;

const decodeEntity = (whole: string, body: string): string => {
  if (body[0] === "#") {
    const code =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    // Lone surrogates and out-of-range code points would make invalid text: keep the entity as written.
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return whole;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
};

/**
 * Turn cell HTML into plain lines: `<p>`, `<br>`, `<li>`/`</li>` and table rows become line breaks,
 * table cells are separated by " | ", other tags go, entities are decoded (in one pass, so `&amp;lt;`
 * stays `&lt;`), and each `•` bullet starts its own line, as in 000 L293.
 */
export const stripHtml = (value: CellValue | undefined): PlainText => {
  const original = cellText(value);
  let hadHtml = false;
  const withoutTags = original.replace(TAG, (_tag, closing: string, name: string) => {
    hadHtml = true;
    if (CELL_END.test(name)) return closing ? " | " : " ";
    return LINE_BREAKING.test(name) ? "\n" : closing ? "" : " ";
  });
  const decoded = withoutTags.replace(ENTITY, (whole: string, body: string) => {
    const text = decodeEntity(whole, body);
    if (text !== whole) hadHtml = true;
    return text;
  });
  const lines = decoded
    .replace(/\r\n?/g, "\n")
    .replace(/\s*•\s*/g, "\n• ")
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t\u00A0]+/g, " ")
        .replace(/^(?:\s*\|\s*)+|(?:\s*\|\s*)+$/g, "")
        .trim()
    )
    .filter((line) => line !== "" && line !== "•");
  return { text: lines.join("\n"), hadHtml };
};
