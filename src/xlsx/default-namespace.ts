/**
 * A part written with its namespace bound to a prefix ("<x:worksheet xmlns:x=…><x:sheetData>…"),
 * given as the same part in that namespace by default ("<worksheet xmlns=…><sheetData>…"). The two
 * mean the same to any XML reader, and writers built on the Open XML SDK often produce the first;
 * exceljs matches element names as text and refuses the whole package as damaged. Only the copy
 * handed to exceljs is changed (package-for-exceljs.ts); a faithful copy edits the council's own
 * part, prefixes and all.
 *
 * Only the namespaces Excel itself writes as the default are moved: SpreadsheetML, package
 * relationships and content types. Drawings ("xdr:"), charts ("c:") and themes ("a:") are written
 * with prefixes by Excel too, and exceljs reads them that way.
 */
const DEFAULT_IN_EXCEL = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
]);

/** The root element's start tag: the first tag that is not a declaration, a comment or a DOCTYPE. */
const ROOT = /<([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)(?=[\s/>])[^>]*>/;

const escapePrefix = (prefix: string): string => prefix.replace(/\./g, "\\.");

/**
 * The part with its root's prefix made the default namespace, or null when there is nothing to do:
 * the root has no prefix, its namespace is not one of the above, or a default namespace is already
 * declared on it (then unprefixed elements already mean something else).
 */
export const withDefaultNamespace = (xml: string): string | null => {
  const root = ROOT.exec(xml);
  if (root === null) return null;
  // Nothing but a declaration, comments and space may come before the root.
  if (/<[A-Za-z_]/.test(xml.slice(0, root.index))) return null;
  const [tag, prefix] = root;
  const name = escapePrefix(prefix);
  const declared = new RegExp(`\\sxmlns:${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag);
  if (declared === null || !DEFAULT_IN_EXCEL.has(declared[2])) return null;
  if (/\sxmlns\s*=/.test(tag)) return null;
  // The prefix stays declared as well, so an attribute that uses it still has its namespace.
  const element = new RegExp(`<(/?)${name}:(?=[A-Za-z_])`, "g");
  const rootTag = tag.replace(element, "<$1");
  const withDefault = rootTag.replace(
    /^<[^\s/>]+/,
    (open) => `${open} xmlns=${declared[1]}${declared[2]}${declared[1]}`
  );
  return (
    xml.slice(0, root.index) +
    withDefault +
    xml.slice(root.index + tag.length).replace(element, "<$1")
  );
};
