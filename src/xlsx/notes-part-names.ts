import type { PackageZip } from "./charts/inject-charts";
import { relsPathOf, resolveTarget, tagPattern } from "./charts/package-parts";
import { attributeOf } from "./package/xml-elements";

/**
 * Moves a sheet's notes (its comments part and the VML drawing that shows them) to the part names
 * exceljs expects. A package may name its parts anything and say where they are in the sheet's
 * relationships (ECMA-376 Part 2, §9); exceljs instead finds notes only at `xl/commentsN.xml` and
 * `xl/drawings/vmlDrawingN.vml`, keyed by the relationship's exact target, and refuses the whole
 * workbook when a sheet points elsewhere. Only the copy handed to exceljs is changed. Returns whether
 * anything moved.
 */
interface NotesPart {
  type: RegExp;
  /** The name exceljs reads, and the target it looks the part up by from a sheet. */
  expected: RegExp;
  name: (n: number) => string;
  target: (n: number) => string;
}

const NOTES_PARTS: readonly NotesPart[] = [
  {
    type: /\/relationships\/comments$/,
    expected: /^xl\/comments(\d+)\.xml$/,
    name: (n) => `xl/comments${n}.xml`,
    target: (n) => `../comments${n}.xml`,
  },
  {
    type: /\/relationships\/vmlDrawing$/,
    expected: /^xl\/drawings\/vmlDrawing(\d+)\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
    target: (n) => `../drawings/vmlDrawing${n}.vml`,
  },
];

const SHEET_RELATIONSHIPS = /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/;
const RELATIONSHIP = tagPattern("Relationship");

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const nameNotesPartsForExcelJs = async (zip: PackageZip): Promise<boolean> => {
  const moved = new Map<string, { name: string; target: string }>();
  // exceljs matches these names anywhere in a path, so a name is free only if no path contains it.
  const reserved = new Set<string>();
  const taken = (name: string): boolean =>
    reserved.has(name) || Object.keys(zip.files).some((path) => path.includes(name));
  const freeNumber = (kind: NotesPart): number => {
    let n = 1;
    while (taken(kind.name(n))) n += 1;
    return n;
  };
  let changed = false;
  for (const relsPath of Object.keys(zip.files).filter((path) => SHEET_RELATIONSHIPS.test(path))) {
    const rels = await zip.files[relsPath].async("string");
    let relsChanged = false;
    const fixed = rels.replace(RELATIONSHIP, (tag: string) => {
      const kind = NOTES_PARTS.find((candidate) =>
        candidate.type.test(attributeOf(tag, "Type") ?? "")
      );
      const target = attributeOf(tag, "Target");
      if (!kind || target === null || /^[a-z][a-z0-9+.-]*:/i.test(target)) return tag;
      // Relative to the sheet's folder, which is the relationships part's less its "_rels/".
      const part = resolveTarget(relsPath.replace("_rels/", ""), target);
      let destination = moved.get(part);
      if (!destination) {
        const number = Number(kind.expected.exec(part)?.[1] ?? NaN);
        const n = Number.isNaN(number) ? freeNumber(kind) : number;
        destination = { name: kind.name(n), target: kind.target(n) };
        // Reserved now, so the next part moved does not take the same name.
        reserved.add(destination.name);
        moved.set(part, destination);
      }
      if (target === destination.target) return tag;
      relsChanged = true;
      return tag.replace(/(\sTarget\s*=\s*["'])[^"']*(["'])/, `$1${destination.target}$2`);
    });
    if (relsChanged) {
      zip.file(relsPath, fixed);
      changed = true;
    }
  }
  for (const [part, destination] of moved) {
    const content = part === destination.name ? null : zip.file(part);
    if (!content) continue;
    zip.file(destination.name, await content.async("uint8array"));
    zip.remove(part);
    const ownRels = zip.file(relsPathOf(part));
    if (ownRels) {
      zip.file(relsPathOf(destination.name), await ownRels.async("uint8array"));
      zip.remove(relsPathOf(part));
    }
    const types = await zip.file("[Content_Types].xml")?.async("string");
    if (types !== undefined) {
      zip.file(
        "[Content_Types].xml",
        types.replace(
          new RegExp(`(PartName\\s*=\\s*["'])/${escapeRegExp(part)}(["'])`),
          `$1/${destination.name}$2`
        )
      );
    }
    changed = true;
  }
  return changed;
};
