import { xmlAttribute, xmlUnescape } from "../charts/xml-text";

/**
 * Small string-level tools for editing the XML parts of a package in place (docs/EXCEL.md#faithful-copies).
 * Parts are edited as text, never parsed and serialised again, so every byte Plan Tracker does not
 * mean to change stays as the council's file had it — namespace prefixes, attribute order,
 * whitespace and elements no library models.
 */

/** Any namespace prefix or none, as pattern source: "x:" in "<x:c>", nothing in "<c>". */
export const ANY_PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";

/**
 * A worksheet's cell element, self-closing or not, in any prefix: the prefix (1), the attributes (2)
 * and the content (3, undefined when self-closing). Global: use with matchAll or replace.
 */
export const CELL_ELEMENT = new RegExp(
  `<(${ANY_PREFIX})c(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1c\\s*>)`,
  "g"
);

/** A formula element in a cell's content. */
export const FORMULA_ELEMENT = new RegExp(`<${ANY_PREFIX}f[\\s/>]`);

/** The namespace prefix a part's root element uses ("" or "x:"), which every element added to it must share. */
export const prefixOf = (xml: string, root: string): string =>
  new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml)?.[1] ?? "";

/** A fragment written without a prefix, given one: `<c r="A1"><v>1</v></c>` → `<x:c r="A1"><x:v>1</x:v></x:c>`. */
export const withPrefix = (fragment: string, prefix: string): string =>
  prefix === ""
    ? fragment
    : fragment.replace(
        /<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g,
        (whole, slash: string, name: string) =>
          name.includes(":") ? whole : `<${slash}${prefix}${name}`
      );

export interface Element {
  start: number;
  end: number;
  text: string;
}

const escapeName = (name: string): string => name.replace(/[.:]/g, (c) => `\\${c}`);

/**
 * Each element called `name` (with the prefix) in `xml` from `from` to `to`: the whole element,
 * self-closing or not. Only for elements that never hold another of the same name (rows, cells,
 * fonts, xfs, conditionalFormatting …), which is every one this is used for.
 */
export const elements = (
  xml: string,
  name: string,
  prefix = "",
  from = 0,
  to = xml.length
): Element[] => {
  const qualified = escapeName(prefix + name);
  const pattern = new RegExp(
    `<${qualified}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${qualified}\\s*>)`,
    "g"
  );
  pattern.lastIndex = from;
  const found: Element[] = [];
  for (
    let match = pattern.exec(xml);
    match !== null && match.index < to;
    match = pattern.exec(xml)
  ) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
};

/** The first element called `name`, or null. */
export const firstElement = (xml: string, name: string, prefix = ""): Element | null =>
  elements(xml, name, prefix)[0] ?? null;

/** The start tag of an element's text ("<c r=\"A1\" s=\"2\">"). */
export const startTag = (element: string): string => /^<[^>]*>/.exec(element)?.[0] ?? element;

/** An attribute of a start tag, unescaped; null when absent. */
export const attributeOf = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${escapeName(name)}\\s*=\\s*(["'])([\\s\\S]*?)\\1`).exec(
    startTag(tag)
  );
  return match ? xmlUnescape(match[2]) : null;
};

/** The element with one attribute of its start tag set (added when absent) or, with null, removed. */
export const setAttribute = (element: string, name: string, value: string | null): string => {
  const tag = startTag(element);
  const pattern = new RegExp(`\\s${escapeName(name)}\\s*=\\s*(["'])[\\s\\S]*?\\1`);
  let changed: string;
  if (pattern.test(tag))
    changed = tag.replace(pattern, value === null ? "" : ` ${name}="${xmlAttribute(value)}"`);
  else if (value === null) return element;
  else {
    const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
    changed = `${tag.slice(0, close)} ${name}="${xmlAttribute(value)}"${tag.slice(close)}`;
  }
  return changed + element.slice(tag.length);
};

/** The content between an element's start and end tags ("" when self-closing). */
export const innerOf = (element: string): string => {
  const tag = startTag(element);
  if (tag.endsWith("/>")) return "";
  const close = element.lastIndexOf("</");
  return element.slice(tag.length, close);
};

/** An element with new content (a self-closing one is opened). */
export const withInner = (element: string, inner: string, name: string): string => {
  const tag = startTag(element);
  const open = tag.endsWith("/>") ? `${tag.slice(0, -2).trimEnd()}>` : tag;
  const prefix = /^<([A-Za-z_][\w.-]*:)?/.exec(tag)?.[1] ?? "";
  return `${open}${inner}</${prefix}${name}>`;
};

/**
 * Where a new child of the root goes so that the schema's order holds: before the first existing
 * child among `later` (the names the schema puts after it), else before the root's end tag. Only
 * the root's own children count (a cfRule's <extLst> is not the worksheet's).
 */
export const insertionPoint = (
  xml: string,
  root: string,
  prefix: string,
  later: readonly string[],
  from = 0
): number => {
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  tag.lastIndex = from;
  let depth = from === 0 ? 0 : 1;
  const wanted = new Set(later.map((name) => prefix + name));
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const [, close, name, selfClosing] = match;
    if (close) {
      depth -= 1;
      if (depth === 0 && name === prefix + root) return match.index;
      continue;
    }
    if (depth === 1 && wanted.has(name)) return match.index;
    if (selfClosing) continue;
    // A worksheet's cells hold nearly all its bytes and none of the children looked for: skip them.
    if (name === `${prefix}sheetData`) {
      const close = xml.indexOf(`</${prefix}sheetData>`, tag.lastIndex);
      if (close >= 0) {
        tag.lastIndex = close + `</${prefix}sheetData>`.length;
        continue;
      }
    }
    depth += 1;
  }
  return xml.length;
};
