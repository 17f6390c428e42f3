import type { StyleMerger } from "./style-merger";
import { attributeOf, elements, firstElement, innerOf, setAttribute, withPrefix } from "./xml-elements";

/**
 * A cell (or a whole sheet's cells) from the written package, made fit for the council's package:
 * its style pointed at the file's own styles part (style-merger.ts), and shared-string text written
 * inline in the cell, so the file's shared-string table is never renumbered or rewritten.
 */
export class WrittenCells {
  private strings: string[] | null = null;

  constructor(
    private readonly sharedStrings: string | null,
    private readonly styles: StyleMerger,
  ) {}

  private text(index: number): string {
    this.strings ??= this.sharedStrings === null ? [] : elements(this.sharedStrings, "si").map((si) => innerOf(si.text));
    return this.strings[index] ?? "";
  }

  /** One written `<c>` element as the file should hold it, with the file's namespace prefix. */
  cell(xml: string, prefix: string): string {
    let cell = xml;
    const style = attributeOf(cell, "s");
    if (style !== null) {
      const mapped = this.styles.cellStyle(Number(style));
      cell = setAttribute(cell, "s", mapped === 0 ? null : String(mapped));
    }
    if (attributeOf(cell, "t") === "s") {
      const value = firstElement(cell, "v");
      const text = this.text(Number(value === null ? -1 : innerOf(value.text)));
      const start = cell.indexOf(">") + 1;
      const formula = firstElement(cell, "f");
      cell = `${setAttribute(cell.slice(0, start), "t", "inlineStr")}${formula?.text ?? ""}<is>${text}</is></c>`;
    }
    return withPrefix(cell, prefix);
  }

  /** A written row's style (its `s` attribute) pointed at the file's styles. */
  row(row: string): string {
    const style = attributeOf(row, "s");
    return style === null ? row : setAttribute(row, "s", String(this.styles.cellStyle(Number(style))));
  }

  /** Every cell and row of a written sheet part converted, for a sheet that is written whole. */
  sheet(xml: string): string {
    return xml
      .replace(/<row\b[^>]*>/g, (tag) => this.row(tag))
      .replace(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell) => this.cell(cell, ""))
      .replace(/<col\b[^>]*>/g, (tag) => {
        const style = attributeOf(tag, "style");
        return style === null ? tag : setAttribute(tag, "style", String(this.styles.cellStyle(Number(style))));
      })
      .replace(/<cfRule\b[^>]*>/g, (tag) => {
        const dxf = attributeOf(tag, "dxfId");
        return dxf === null ? tag : setAttribute(tag, "dxfId", String(this.styles.differentialStyle(Number(dxf))));
      });
  }
}
