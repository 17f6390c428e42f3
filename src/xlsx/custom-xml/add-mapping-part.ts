import { FNV_OFFSET, fnvText } from "../../core/text/fnv";
import { isMappingPart } from "../../core/mapping/mapping-xml";
import { MAPPING_NAMESPACE } from "../../core/mapping/mapping";
import type { PackageZip } from "../charts/inject-charts";
import { addOverrides, addRelationship, readRelationships } from "../charts/package-parts";
import { partText } from "./part-text";
import { xmlAttribute } from "../charts/xml-text";

/**
 * Write the mapping into a saved package as Excel itself stores a custom XML part (ECMA-376 Part 1
 * §15.2.4–15.2.5): customXml/itemN.xml, its properties part customXml/itemPropsN.xml (which names
 * the namespace, so Office's getByNamespace finds it), the item's relationship to its properties,
 * the workbook's relationship to the item, and the content types.
 */
const REL_CUSTOM_XML =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const CT_XML = "application/xml";
const DS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const ITEM = /^customXml\/item(\d+)\.xml$/i;

/**
 * The datastore item id Office keys the part by: derived from the mapping's text (FNV-1a), so the
 * same mapping always gives the same package (no clock, no randomness) and a changed one a new id.
 */
const itemId = (xml: string): string => {
  const hex: string[] = [];
  for (let seed = 0; seed < 4; seed += 1) {
    const hash = fnvText(FNV_OFFSET ^ seed, xml);
    hex.push((hash >>> 0).toString(16).toUpperCase().padStart(8, "0"));
  }
  const all = hex.join("");
  return `{${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20, 32)}}`;
};

const itemPropsXml = (xml: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemId(xml)}" xmlns:ds="${DS_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${xmlAttribute(MAPPING_NAMESPACE)}"/></ds:schemaRefs></ds:datastoreItem>`;

export const addMappingPart = async (zip: PackageZip, xml: string): Promise<void> => {
  const must = async (path: string): Promise<string> => {
    const text = await zip.file(path)?.async("string");
    if (text === undefined) throw new Error(`the saved workbook has no ${path}`);
    return text;
  };
  const items = Object.keys(zip.files).filter((path) => ITEM.test(path));
  // A mapping part already in the package is replaced in place, keeping one mapping per workbook.
  for (const path of items) {
    if (isMappingPart(partText(await zip.files[path].async("uint8array")))) {
      zip.file(path, xml);
      return;
    }
  }
  const n = items.reduce((max, path) => Math.max(max, Number(ITEM.exec(path)?.[1] ?? 0)), 0) + 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  zip.file(item, xml);
  zip.file(props, itemPropsXml(xml));
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    addRelationship(null, REL_CUSTOM_XML_PROPS, `itemProps${n}.xml`).xml
  );

  const workbookRels = "xl/_rels/workbook.xml.rels";
  const rels = await must(workbookRels);
  if (
    !readRelationships(rels).some(
      (rel) => rel.type === REL_CUSTOM_XML && rel.target === `../${item}`
    )
  ) {
    zip.file(workbookRels, addRelationship(rels, REL_CUSTOM_XML, `../${item}`).xml);
  }
  const types = await must("[Content_Types].xml");
  const xmlDefault = /<Default\b[^>]*\bExtension="xml"/i.test(types);
  zip.file(
    "[Content_Types].xml",
    addOverrides(types, [
      { partName: `/${props}`, contentType: CT_CUSTOM_XML_PROPS },
      ...(xmlDefault ? [] : [{ partName: `/${item}`, contentType: CT_XML }]),
    ])
  );
};
