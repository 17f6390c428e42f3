import { xmlAttribute } from "../charts/xml-text";
import {
  attributeOf,
  elements,
  firstElement,
  innerOf,
  insertionPoint,
  prefixOf,
  setAttribute,
  withInner,
  withPrefix,
} from "./xml-elements";

/**
 * Styles for the cells Plan Tracker writes into the council's own package. The written package
 * (exceljs's) numbers its cell formats, fonts, fills, borders, number formats and differential
 * formats its own way; each one a written cell or rule uses is added to the file's own styles part
 * (or found there, when the very same one is already there) and the cell is pointed at it. Nothing in
 * the file's styles part is changed or renumbered, so every cell Plan Tracker did not write looks
 * exactly as before (docs/EXCEL.md#faithful-copies).
 */
interface Collection {
  /** The collection element's name and its children's ("fonts", "font"). */
  name: string;
  child: string;
  items: string[];
  /** Where each item text already is, for reuse. */
  index: Map<string, number>;
  added: string[];
}

// CT_Stylesheet's children in schema order: a missing collection is inserted before the later ones.
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const FIRST_CUSTOM_NUMBER_FORMAT = 164;

const collection = (xml: string, name: string, child: string, prefix: string): Collection => {
  const element = firstElement(xml, name, prefix);
  const items =
    element === null ? [] : elements(innerOf(element.text), child, prefix).map((item) => item.text);
  return { name, child, items, index: new Map(items.map((item, i) => [item, i])), added: [] };
};

export class StyleMerger {
  private readonly prefix: string;
  private readonly target: Record<"fonts" | "fills" | "borders" | "cellXfs" | "dxfs", Collection>;
  private readonly formats: Map<string, number>; // format code → id in the file
  private readonly addedFormats: string[] = [];
  private nextFormat: number;
  private readonly source: Record<"fonts" | "fills" | "borders" | "cellXfs" | "dxfs", string[]>;
  private readonly sourceFormats: Map<number, string>;
  private readonly cellMap = new Map<number, number>();

  /** `file`: the council's styles part; `written`: the written package's. */
  constructor(
    private readonly file: string,
    written: string
  ) {
    this.prefix = prefixOf(file, "styleSheet");
    const p = this.prefix;
    this.target = {
      fonts: collection(file, "fonts", "font", p),
      fills: collection(file, "fills", "fill", p),
      borders: collection(file, "borders", "border", p),
      cellXfs: collection(file, "cellXfs", "xf", p),
      dxfs: collection(file, "dxfs", "dxf", p),
    };
    const own = collection(file, "numFmts", "numFmt", p).items;
    this.formats = new Map(
      own.map((item) => [
        attributeOf(item, "formatCode") ?? "",
        Number(attributeOf(item, "numFmtId")),
      ])
    );
    this.nextFormat = Math.max(FIRST_CUSTOM_NUMBER_FORMAT - 1, ...this.formats.values()) + 1;
    const from = (name: string, child: string): string[] =>
      collection(written, name, child, "").items;
    this.source = {
      fonts: from("fonts", "font"),
      fills: from("fills", "fill"),
      borders: from("borders", "border"),
      cellXfs: from("cellXfs", "xf"),
      dxfs: from("dxfs", "dxf"),
    };
    this.sourceFormats = new Map(
      from("numFmts", "numFmt").map((item) => [
        Number(attributeOf(item, "numFmtId")),
        attributeOf(item, "formatCode") ?? "",
      ])
    );
  }

  private place(kind: keyof StyleMerger["target"], text: string): number {
    const into = this.target[kind];
    const item = withPrefix(text, this.prefix);
    const found = into.index.get(item);
    if (found !== undefined) return found;
    const at = into.items.length;
    into.items.push(item);
    into.index.set(item, at);
    into.added.push(item);
    return at;
  }

  private numberFormat(id: number): number {
    if (id < FIRST_CUSTOM_NUMBER_FORMAT) return id; // built in: the same id means the same format everywhere
    const code = this.sourceFormats.get(id);
    if (code === undefined) return 0;
    const found = this.formats.get(code);
    if (found !== undefined) return found;
    const added = this.nextFormat;
    this.nextFormat += 1;
    this.formats.set(code, added);
    this.addedFormats.push(`<numFmt numFmtId="${added}" formatCode="${xmlAttribute(code)}"/>`);
    return added;
  }

  private part(kind: "fonts" | "fills" | "borders", id: string | null): string | null {
    if (id === null) return null;
    const text = this.source[kind][Number(id)];
    return text === undefined ? null : String(this.place(kind, text));
  }

  /** The file's cell format index for the written package's `s`; 0 (the file's default) for the written default. */
  cellStyle(writtenIndex: number): number {
    if (writtenIndex === 0) return 0;
    const known = this.cellMap.get(writtenIndex);
    if (known !== undefined) return known;
    let xf = this.source.cellXfs[writtenIndex];
    if (xf === undefined) return 0;
    xf = setAttribute(
      xf,
      "numFmtId",
      String(this.numberFormat(Number(attributeOf(xf, "numFmtId") ?? 0)))
    );
    for (const [attribute, kind] of [
      ["fontId", "fonts"],
      ["fillId", "fills"],
      ["borderId", "borders"],
    ] as const) {
      const mapped = this.part(kind, attributeOf(xf, attribute));
      if (mapped !== null) xf = setAttribute(xf, attribute, mapped);
    }
    // Every cell format hangs off the file's first cell style ("Normal").
    xf = setAttribute(xf, "xfId", "0");
    const placed = this.place("cellXfs", xf);
    this.cellMap.set(writtenIndex, placed);
    return placed;
  }

  /** The file's differential format index for a written conditional-format rule's dxfId. */
  differentialStyle(writtenIndex: number): number {
    const dxf = this.source.dxfs[writtenIndex];
    if (dxf === undefined) return writtenIndex;
    // A dxf's own number format carries its id; keep it consistent with the file's list.
    const withFormat = dxf.replace(/<numFmt\b[^>]*\/>/, (tag) => {
      const code = attributeOf(tag, "formatCode") ?? "";
      const id = this.formats.get(code) ?? Number(attributeOf(tag, "numFmtId"));
      return setAttribute(tag, "numFmtId", String(id));
    });
    return this.place("dxfs", withFormat);
  }

  /** Whether anything was added (the styles part then changes; otherwise it stays byte for byte). */
  changed(): boolean {
    return (
      this.addedFormats.length > 0 || Object.values(this.target).some((c) => c.added.length > 0)
    );
  }

  /** The file's styles part with what was added appended to each collection, counts updated. */
  result(): string {
    let xml = this.file;
    const append = (name: string, child: string, added: string[]): void => {
      if (added.length === 0) return;
      const element = firstElement(xml, name, this.prefix);
      if (element === null) {
        const at = insertionPoint(
          xml,
          "styleSheet",
          this.prefix,
          ORDER.slice(ORDER.indexOf(name) + 1)
        );
        const created =
          withPrefix(`<${name} count="${added.length}">`, this.prefix) +
          added.join("") +
          `</${this.prefix}${name}>`;
        xml = xml.slice(0, at) + created + xml.slice(at);
        return;
      }
      const count = elements(innerOf(element.text), child, this.prefix).length + added.length;
      const grown = setAttribute(
        withInner(element.text, innerOf(element.text) + added.join(""), name),
        "count",
        String(count)
      );
      xml = xml.slice(0, element.start) + grown + xml.slice(element.end);
    };
    append(
      "numFmts",
      "numFmt",
      this.addedFormats.map((item) => withPrefix(item, this.prefix))
    );
    for (const kind of ["fonts", "fills", "borders", "cellXfs", "dxfs"] as const)
      append(kind, this.target[kind].child, this.target[kind].added);
    return xml;
  }
}
