import JSZip from "jszip";

/**
 * A package as Excel saves it in "Strict Open XML Spreadsheet" format: the same parts with the
 * strict namespaces and relationship types (under purl.oclc.org) and the workbook marked strict.
 */
const STRICT: readonly [string, string][] = [
  [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  [
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/main",
  ],
];

export const asStrict = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name))) {
    let xml = await zip.files[path].async("string");
    for (const [transitional, strict] of STRICT) xml = xml.split(transitional).join(strict);
    if (path === "xl/workbook.xml")
      xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};
