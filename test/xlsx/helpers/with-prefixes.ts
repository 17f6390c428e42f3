import JSZip from "jszip";

/**
 * A package as a writer that binds namespaces to prefixes saves it (the Open XML SDK often does):
 * every part whose default namespace is SpreadsheetML, package relationships or content types gets
 * that namespace under a prefix instead ("<x:worksheet xmlns:x=…><x:sheetData>…"). The same
 * workbook to any XML reader; exceljs alone refuses it.
 */
const PREFIXES: readonly [RegExp, string][] = [
  [/^http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main$/, "x"],
  [/^http:\/\/schemas\.openxmlformats\.org\/package\/2006\/relationships$/, "pr"],
  [/^http:\/\/schemas\.openxmlformats\.org\/package\/2006\/content-types$/, "ct"],
];

/** The part with its default namespace under `prefix`, every unprefixed element named with it. */
export const prefixed = (xml: string, prefix: string): string =>
  xml
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (whole, slash: string, name: string) =>
      name.includes(":") ? whole : `<${slash}${prefix}:${name}`
    )
    .replace(/\sxmlns="/, ` xmlns:${prefix}="`);

export const withPrefixes = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name))) {
    const xml = await zip.files[path].async("string");
    const namespace = /\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
    const prefix = PREFIXES.find(([pattern]) => pattern.test(namespace))?.[1];
    if (prefix !== undefined) zip.file(path, prefixed(xml, prefix));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
