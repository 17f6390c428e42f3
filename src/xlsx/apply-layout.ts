import type { Alignment, Borders, Cell, Font, PageSetup, Worksheet } from "exceljs";
import { cellAddress } from "../core/model/address";
import type { CellFormat, WriteOp } from "../core/write-plan/write-plan";

/**
 * The layout operations in exceljs terms, with the meaning the Office.js executor gives them: a
 * CellFormat sets only what it names and keeps the rest of the cell's font, alignment and border;
 * widths are in characters (the unit SpreadsheetML stores, ECMA-376 §18.3.1.13); A4 is paper size 9.
 */
const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** exceljs calls vertical centring "middle" (SpreadsheetML's `vertical="center"` on read and write). */
const VERTICAL: Record<NonNullable<CellFormat["vertical"]>, Alignment["vertical"]> = {
  top: "top",
  center: "middle",
  bottom: "bottom",
};

/** SpreadsheetML paper size 9 is A4 (ECMA-376 §18.3.1.63); English councils print A4. */
const A4: PageSetup["paperSize"] = 9;

export const applyCellFormat = (cell: Cell, format: CellFormat): void => {
  const font: Partial<Font> = { ...cell.font };
  if (format.fontColour !== undefined) font.color = { argb: argb(format.fontColour) };
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.fontColour !== undefined || format.bold !== undefined || format.italic !== undefined)
    cell.font = font;

  const alignment: Partial<Alignment> = { ...cell.alignment };
  if (format.wrap !== undefined) alignment.wrapText = format.wrap;
  if (format.horizontal !== undefined) alignment.horizontal = format.horizontal;
  if (format.vertical !== undefined) alignment.vertical = VERTICAL[format.vertical];
  if (format.wrap !== undefined || format.horizontal !== undefined || format.vertical !== undefined)
    cell.alignment = alignment;

  if (format.border !== undefined) {
    const border: Partial<Borders> = format.border
      ? {
          top: { style: "thin" },
          bottom: { style: "thin" },
          left: { style: "thin" },
          right: { style: "thin" },
        }
      : {};
    cell.border = border;
  }
};

export const applyColumnWidths = (
  worksheet: Worksheet,
  op: Extract<WriteOp, { kind: "columnWidths" }>
): void => {
  for (const { column, width } of op.widths)
    worksheet.getColumn(column.toUpperCase()).width = width;
  for (const { row, height } of op.rowHeights ?? []) worksheet.getRow(row).height = height;
};

/** Frozen rows and columns; the first unfrozen cell is where the scrolling pane starts. Nothing frozen: a normal view. */
export const applyFreezePanes = (
  worksheet: Worksheet,
  op: Extract<WriteOp, { kind: "freezePanes" }>
): void => {
  if (op.rows === 0 && op.columns === 0) {
    worksheet.views = [{ state: "normal" }];
    return;
  }
  const topLeftCell = cellAddress(op.rows + 1, op.columns + 1);
  worksheet.views = [
    { state: "frozen", xSplit: op.columns, ySplit: op.rows, topLeftCell, activeCell: topLeftCell },
  ];
};

/**
 * Print-ready: A4, the orientation asked for, N pages wide and as many tall as needed (fitToHeight 0) or a
 * fixed scale with manual row breaks, header rows repeated on every page, and the footer centred (&C)
 * with Excel's codes &P, &N, &D, &T.
 */
export const applyPageSetup = (
  worksheet: Worksheet,
  op: Extract<WriteOp, { kind: "pageSetup" }>
): void => {
  // A sheet read from a file without these elements has them as null in exceljs.
  worksheet.pageSetup = {
    ...(worksheet.pageSetup ?? {}),
    paperSize: A4,
    orientation: op.orientation,
    ...(op.scale !== undefined
      ? { fitToPage: false, scale: op.scale }
      : { fitToPage: true, fitToWidth: op.fitToPagesWide, fitToHeight: 0 }),
    ...(op.printTitleRows !== undefined
      ? { printTitlesRow: op.printTitleRows.replace(/\$/g, "") }
      : {}),
  };
  // SpreadsheetML numbers a row break by the row above it (ECMA-376 §18.3.1.7 brk); exceljs's addPageBreak does the same.
  if (op.rowBreaks !== undefined) {
    // exceljs keeps the breaks on the worksheet (it writes them) without declaring the array in its types.
    const breaks: unknown = Reflect.get(worksheet, "rowBreaks");
    if (Array.isArray(breaks)) breaks.length = 0;
    for (const row of op.rowBreaks) worksheet.getRow(row - 1).addPageBreak();
  }
  if (op.footer !== undefined)
    worksheet.headerFooter = { ...(worksheet.headerFooter ?? {}), oddFooter: `&C${op.footer}` };
};

/** "C37,E37,G37" as SpreadsheetML's sqref, which separates areas with spaces. */
export const toSqref = (range: string): string =>
  range
    .split(",")
    .map((area) => area.trim().replace(/\$/g, ""))
    .filter((area) => area !== "")
    .join(" ");
