import type { PackageZip } from "./charts/inject-charts";
import { readRelationships, resolveTarget, tagPattern } from "./charts/package-parts";
import { attributeOf } from "./package/xml-elements";

/**
 * Each worksheet's part name by the sheet's name, as the workbook part and its relationships say
 * (a sheet's part may be called anything, so the name is never guessed from the sheet's position).
 * Read from any writer's XML: elements with a namespace prefix, attributes in either quote (an
 * apostrophe inside double quotes is part of the name), names with entities ("R&amp;D"), through
 * the package edits' own attribute reader. The one reader for the package edits and the charts.
 */
const SHEET = tagPattern("sheet");

/** Sheet name → worksheet part, from the workbook part and its relationships as written by anyone. */
export const sheetPartsOf = (workbook: string, rels: string): Map<string, string> => {
  const parts = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const rel of readRelationships(rels))
    if (rel.id !== "") targets.set(rel.id, resolveTarget("xl/workbook.xml", rel.target));
  for (const tag of workbook.match(SHEET) ?? []) {
    const name = attributeOf(tag, "name");
    const target = targets.get(attributeOf(tag, "r:id") ?? "");
    if (name !== null && target !== undefined) parts.set(name, target);
  }
  return parts;
};

export const sheetParts = async (zip: PackageZip): Promise<Map<string, string>> => {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  return workbook === undefined || rels === undefined ? new Map() : sheetPartsOf(workbook, rels);
};
