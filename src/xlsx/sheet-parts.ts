import type { PackageZip } from "./charts/inject-charts";

/**
 * Each worksheet's part name by the sheet's name, as the workbook part and its relationships say
 * (a sheet's part may be called anything, so the name is never guessed from the sheet's position).
 * Read from any writer's XML: elements with a namespace prefix, attributes in either quote, names
 * with entities ("R&amp;D"). The one reader for the package edits and the chart writer alike.
 */
const SHEET = /<(?:[A-Za-z_][\w.-]*:)?sheet\b[^>]*>/g;
const RELATIONSHIP = /<(?:[A-Za-z_][\w.-]*:)?Relationship\b[^>]*>/g;

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

const decode = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (entity: string, code: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (code.startsWith("#x") || code.startsWith("#X"))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return named[code.toLowerCase()] ?? entity;
  });

/** A relationship's target as a part name: absolute from the root, or relative to xl/. */
const resolve = (target: string): string => {
  const parts = target.startsWith("/") ? [] : ["xl"];
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "" && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
};

/** Sheet name → worksheet part, from the workbook part and its relationships as written by anyone. */
export const sheetPartsOf = (workbook: string, rels: string): Map<string, string> => {
  const parts = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const tag of rels.match(RELATIONSHIP) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== undefined && target !== undefined) targets.set(id, resolve(target));
  }
  for (const tag of workbook.match(SHEET) ?? []) {
    const name = attribute(tag, "name");
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name !== undefined && target !== undefined) parts.set(decode(name), target);
  }
  return parts;
};

export const sheetParts = async (zip: PackageZip): Promise<Map<string, string>> => {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  return workbook === undefined || rels === undefined ? new Map() : sheetPartsOf(workbook, rels);
};
