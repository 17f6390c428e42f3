import { parseCellAddress } from "../../core/model/address";
import { xmlAttribute } from "./xml-text";

/**
 * The drawing part that places charts on a sheet (ECMA-376 Part 1 §20.5, SpreadsheetML drawing):
 * one two-cell anchor per chart, from the top-left of its first cell to the bottom-right of its last
 * (as Office.js setPosition covers its end cell), with the alt text in cNvPr's descr (WCAG 1.1.1).
 */
export interface ChartAnchor {
  /** Cells as in the ChartSpec ("G30", "N45"). */
  topLeft: string;
  bottomRight: string;
  /** Drawing-object id, unique within the drawing. */
  id: number;
  name: string;
  altText: string;
  /** Relationship id of the chart part in the drawing's _rels. */
  relId: string;
}

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Zero-based column and row of a marker: the anchor's `from` is a cell's top-left corner. */
const marker = (tag: "from" | "to", column: number, row: number): string =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

export const anchorXml = (anchor: ChartAnchor): string => {
  const from = parseCellAddress(anchor.topLeft) ?? { row: 1, column: 1 };
  const to = parseCellAddress(anchor.bottomRight) ?? from;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    marker("from", from.column - 1, from.row - 1),
    // The corner after the last cell: column and row indexes one past it, offset 0.
    marker("to", to.column, to.row),
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${anchor.id}" name="${xmlAttribute(anchor.name)}" descr="${xmlAttribute(anchor.altText)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${anchor.relId}"/></a:graphicData></a:graphic>`,
    "</xdr:graphicFrame>",
    "<xdr:clientData/>",
    "</xdr:twoCellAnchor>",
  ].join("");
};

export const drawingXml = (anchors: ChartAnchor[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.map(anchorXml).join("")}</xdr:wsDr>`;

/** Anchors added to a drawing exceljs already wrote (a sheet with pictures): before its closing tag. */
export const addAnchors = (drawing: string, anchors: ChartAnchor[]): string => {
  const open = drawing.indexOf("<xdr:wsDr");
  const at = drawing.lastIndexOf("</xdr:wsDr>");
  if (open === -1 || at === -1) return drawing;
  // Our anchors use the a: prefix; declare it on the root if the writer did not.
  const root = drawing.slice(open, drawing.indexOf(">", open));
  const declared = root.includes("xmlns:a=")
    ? drawing
    : drawing.slice(0, open) +
      `<xdr:wsDr xmlns:a="${A}"` +
      drawing.slice(open + "<xdr:wsDr".length);
  const end = declared.lastIndexOf("</xdr:wsDr>");
  return declared.slice(0, end) + anchors.map(anchorXml).join("") + declared.slice(end);
};
