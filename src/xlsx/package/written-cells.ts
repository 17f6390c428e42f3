import type { StyleMerger } from "./style-merger";
import { attributeOf, elements, innerOf, setAttribute, withPrefix } from "./xml-elements";

/**
 * A cell (or a whole sheet's cells) from the written package, made fit for the council's package:
 * its style pointed at the file's own styles part (style-merger.ts), and shared-string text written
 * inline in the cell, so the file's shared-string table is never renumbered or rewritten.
 */
const STYLE = /\ss="(\d+)"/;
const SHARED = /\st="s"/;
const VALUE = /<v>([^<]*)<\/v>/;
const FORMULA = /<f\b[^>]*?(?:\/>|>[^<]*<\/f>)/;

export class WrittenCells {
  private strings: string[] | null = null;

  constructor(
    private readonly sharedStrings: string | null,
    private readonly styles: StyleMerger
  ) {}

  private text(index: number): string {
    this.strings ??=
      this.sharedStrings === null
        ? []
        : elements(this.sharedStrings, "si").map((si) => innerOf(si.text));
    return this.strings[index] ?? "";
  }

  /** One written `<c>` element as the file should hold it, with the file's namespace prefix. */
  cell(xml: string, prefix: string): string {
    // Called for every cell of a sheet written whole (tens of thousands): fixed patterns, no per-call RegExp.
    const open = xml.indexOf(">");
    let tag = xml.slice(0, open + 1);
    let body = xml.slice(open + 1);
    const style = STYLE.exec(tag);
    if (style !== null) {
      const mapped = this.styles.cellStyle(Number(style[1]));
      tag = tag.replace(STYLE, mapped === 0 ? "" : ` s="${mapped}"`);
    }
    if (SHARED.test(tag)) {
      const value = VALUE.exec(body);
      const formula = FORMULA.exec(body)?.[0] ?? "";
      tag = tag.replace(SHARED, ' t="inlineStr"');
      body = `${formula}<is>${this.text(Number(value === null ? -1 : value[1]))}</is></c>`;
    }
    return withPrefix(tag + body, prefix);
  }

  /** A written row's style (its `s` attribute) pointed at the file's styles. */
  row(row: string): string {
    const style = attributeOf(row, "s");
    return style === null
      ? row
      : setAttribute(row, "s", String(this.styles.cellStyle(Number(style))));
  }

  /** Every cell and row of a written sheet part converted, for a sheet that is written whole. */
  sheet(xml: string): string {
    return xml
      .replace(/<row\b[^>]*>/g, (tag) => this.row(tag))
      .replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell) => this.cell(cell, ""))
      .replace(/<col\b[^>]*>/g, (tag) => {
        const style = attributeOf(tag, "style");
        return style === null
          ? tag
          : setAttribute(tag, "style", String(this.styles.cellStyle(Number(style))));
      })
      .replace(/<cfRule\b[^>]*>/g, (tag) => {
        const dxf = attributeOf(tag, "dxfId");
        return dxf === null
          ? tag
          : setAttribute(tag, "dxfId", String(this.styles.differentialStyle(Number(dxf))));
      });
  }
}
