import { laterChildren } from "../package/worksheet-order";
import {
  ANY_PREFIX,
  attributeOf,
  insertionPoint,
  prefixOf,
  withPrefix,
} from "../package/xml-elements";
import { xmlAttribute } from "./xml-text";

/**
 * Small, pure edits to an Open Packaging Conventions package's XML parts (ECMA-376 Part 2): which
 * part holds which sheet, relationships, content types, and the worksheet's <drawing> element.
 * String-based on purpose: the parts come from exceljs's own writer, whose shape is known, and no
 * XML library is bundled into the pane for this.
 */
export const REL_DRAWING =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Start tags of the elements called `name`, with or without a namespace prefix: Excel writes none,
 * but any writer may ("<pr:Relationship …>"), and a council's own parts are read as often as ours.
 */
export const tagPattern = (name: string): RegExp =>
  new RegExp(`<${ANY_PREFIX}${name}\\b[^>]*>`, "g");

const tags = (xml: string, name: string): string[] => xml.match(tagPattern(name)) ?? [];

/**
 * `xml` with `children` added at the end of its root element `root`, written in the root's own
 * prefix: an unprefixed child of "<pr:Relationships>" is in another namespace, and nobody reads it.
 */
const appendToRoot = (xml: string, root: string, children: string): string => {
  const prefix = prefixOf(xml, root);
  const added = withPrefix(children, prefix);
  const selfClosing = new RegExp(`<${prefix}${root}\\b[^>]*/>`).exec(xml);
  if (selfClosing)
    return xml.replace(
      selfClosing[0],
      `${selfClosing[0].slice(0, -2)}>${added}</${prefix}${root}>`
    );
  const end = xml.lastIndexOf(`</${prefix}${root}>`);
  return xml.slice(0, end) + added + xml.slice(end);
};

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** A relationship target resolved against the part that holds it ("../drawings/drawing1.xml"). */
export const resolveTarget = (fromPart: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
};

/** The reverse: a target for `toPart` written relative to `fromPart`'s folder. */
export const relativeTarget = (fromPart: string, toPart: string): string => {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A part's relationships, read as the package edits read attributes (the council's own as often as exceljs's). */
export const readRelationships = (xml: string | null): Relationship[] =>
  xml === null
    ? []
    : tags(xml, "Relationship").map((tag) => ({
        id: attributeOf(tag, "Id") ?? "",
        type: attributeOf(tag, "Type") ?? "",
        target: attributeOf(tag, "Target") ?? "",
      }));

/** Add a relationship with a fresh id; returns the new part text and the id. */
export const addRelationship = (
  xml: string | null,
  type: string,
  target: string
): { xml: string; id: string } => {
  const taken = new Set(readRelationships(xml).map((rel) => rel.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${xmlAttribute(target)}"/>`;
  if (xml === null) {
    return {
      id,
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS_NS}">${element}</Relationships>`,
    };
  }
  return { id, xml: appendToRoot(xml, "Relationships", element) };
};

/** The relationship id of the worksheet's existing <drawing>, if exceljs wrote one (pictures). */
export const drawingRelId = (sheetXml: string): string | null => {
  const [tag] = tags(sheetXml, "drawing");
  return tag ? attributeOf(tag, "r:id") : null;
};

export const addDrawingElement = (sheetXml: string, relId: string): string => {
  // Before the first child the schema puts after <drawing>, or before </worksheet>.
  const at = insertionPoint(sheetXml, "worksheet", "", laterChildren("drawing"));
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
  // exceljs declares xmlns:r on <worksheet>; declare it locally if another writer did not.
  const element = root.includes("xmlns:r=")
    ? `<drawing r:id="${relId}"/>`
    : `<drawing xmlns:r="${R_NS}" r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
};

/** [Content_Types].xml with an Override per new part (skipping any already listed). */
export const addOverrides = (
  contentTypes: string,
  overrides: { partName: string; contentType: string }[]
): string => {
  const listed = new Set(tags(contentTypes, "Override").map((tag) => attributeOf(tag, "PartName")));
  const added = overrides
    .filter((o) => !listed.has(o.partName))
    .map((o) => `<Override PartName="${xmlAttribute(o.partName)}" ContentType="${o.contentType}"/>`)
    .join("");
  return appendToRoot(contentTypes, "Types", added);
};
