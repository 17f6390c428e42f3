import { err, ok, type Result } from "../result";
import { loadMapping } from "./load-mapping";
import { MAPPING_NAMESPACE, type Mapping } from "./mapping";
import { mappingJson } from "./mapping-json";

/**
 * The mapping as the custom XML part that travels inside the workbook (docs/EXCEL.md#coauthoring: customXmlParts,
 * ExcelApi 1.5), found again by its namespace:
 *
 *   <planTrackerMapping xmlns="urn:plan-tracker:mapping" version="3"><![CDATA[{…canonical JSON…}]]></planTrackerMapping>
 *
 * JSON inside CDATA keeps the part readable and the JSON exactly as written. Reading accepts what
 * Office may hand back after a round trip through Excel: a namespace prefix, the CDATA split, or the
 * text entity-escaped instead of in CDATA.
 */

const ROOT = "planTrackerMapping";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// "]]>" would end the CDATA section early: close it between "]]" and ">" and open another.
const cdata = (text: string): string => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

// U+FFFE and U+FFFF are not XML characters; JSON.stringify leaves them as they are, so escape them
// (they can only occur inside JSON strings, where \uFFFE means the same thing).
const xmlSafe = (json: string): string =>
  json.replace(/\uFFFE/g, "\\ufffe").replace(/\uFFFF/g, "\\uffff");

export const mappingToXml = (mapping: Mapping): string =>
  `${DECLARATION}\n<${ROOT} xmlns="${MAPPING_NAMESPACE}" version="${mapping.version}">${cdata(xmlSafe(mappingJson(mapping)))}</${ROOT}>`;

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

const decodeText = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) =>
    entity.startsWith("#x")
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : ENTITIES[entity]
  );

// Everything before the root element that is not it: the declaration, comments, processing instructions, white space.
const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;
const START_TAG =
  /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface RootElement {
  prefix: string | null;
  name: string;
  namespace: string | null;
  attributes: Map<string, string>;
  /** Offset just past the start tag, or null for an empty element (<x/>). */
  contentStart: number | null;
}

const rootElement = (xml: string): RootElement | null => {
  const start = (PROLOGUE.exec(xml)?.[0] ?? "").length;
  const tag = START_TAG.exec(xml.slice(start));
  if (!tag) return null;
  const [whole, prefix, name, attributeText, selfClosing] = tag;
  const attributes = new Map<string, string>();
  for (const attribute of attributeText.matchAll(ATTRIBUTE))
    attributes.set(attribute[1], decodeText(attribute[2] ?? attribute[3] ?? ""));
  const namespace = attributes.get(prefix ? `xmlns:${prefix}` : "xmlns") ?? null;
  return {
    prefix: prefix ?? null,
    name,
    namespace,
    attributes,
    contentStart: selfClosing ? null : start + whole.length,
  };
};

/** Whether a custom XML part is Plan Tracker's mapping (by its root element's namespace, as Office finds parts). */
export const isMappingPart = (xml: string): boolean =>
  rootElement(xml.replace(/^\uFEFF/, ""))?.namespace === MAPPING_NAMESPACE;

/** The JSON text inside the part, or a sentence saying why there is none. */
export const storedMappingText = (xml: string): Result<string, string> => {
  const text = xml.replace(/^\uFEFF/, "");
  const root = rootElement(text);
  if (!root || root.namespace !== MAPPING_NAMESPACE || root.name !== ROOT)
    return err(
      `The workbook's mapping part is not a Plan Tracker mapping (its root element should be <${ROOT} xmlns="${MAPPING_NAMESPACE}">).`
    );
  if (root.contentStart === null)
    return err("The workbook's mapping part is empty; save the mapping again.");
  const close = `</${root.prefix ? `${root.prefix}:` : ""}${ROOT}>`;
  const end = text.lastIndexOf(close);
  if (end < root.contentStart)
    return err(
      "The workbook's mapping part is cut short (it has no closing tag); save the mapping again."
    );
  const content = text.slice(root.contentStart, end);
  let json = "";
  let at = 0;
  for (const section of content.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)) {
    json += decodeText(content.slice(at, section.index)) + section[1];
    at = (section.index ?? 0) + section[0].length;
  }
  json += decodeText(content.slice(at));
  return ok(json.trim());
};

const lowerFirst = (text: string): string =>
  /^(The|This) /.test(text) ? text[0].toLowerCase() + text.slice(1) : text;

/** The mapping stored in a workbook, upgraded to the current version, or one sentence saying why it cannot be used. */
export const mappingFromXml = (xml: string): Result<Mapping, string> => {
  const text = storedMappingText(xml);
  if (!text.ok) return text;
  const loaded = loadMapping(text.value, "workbook");
  return loaded.ok
    ? loaded
    : err(
        loaded.error.startsWith("This workbook's")
          ? loaded.error
          : `The mapping stored in this workbook cannot be used: ${lowerFirst(loaded.error)}`
      );
};

/** The format version a stored part declares on its root element (for "stored as version 1"). */
export const storedMappingVersion = (xml: string): number | null => {
  const version = Number(rootElement(xml.replace(/^\uFEFF/, ""))?.attributes.get("version"));
  return Number.isInteger(version) && version >= 1 ? version : null;
};
