import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const argbOf = (colour: unknown): string | null =>
  isRecord(colour) && typeof colour.argb === "string" ? colour.argb.toUpperCase() : null;

/** An untouched cell, as visibleCells writes it. */
const PLAIN = JSON.stringify([
  null,
  "General",
  "none",
  "FF000000",
  false,
  false,
  false,
  "general",
  "bottom",
  "none",
  "none",
  "none",
  "none",
]);

/**
 * What a person sees in every cell of every sheet of a saved .xlsx (Plan Tracker's own included),
 * read back through exceljs: one line per cell that differs from an untouched one, with Excel's
 * defaults filled in (no number format reads as General, no bold as not bold), as
 * test/excel/helpers/visible-cells.ts does for the fake.
 */
export const visibleCells = async (bytes: Uint8Array): Promise<string[]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const lines: string[] = [];
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { font, fill, alignment, border } = cell.style;
        const solid =
          isRecord(fill) && fill.type === "pattern" && fill.pattern === "solid"
            ? argbOf(fill.fgColor)
            : null;
        const edge = (side: "top" | "bottom" | "left" | "right"): string =>
          border?.[side]?.style ?? "none";
        const seen = JSON.stringify([
          JSON.parse(JSON.stringify(cell.value ?? null)) as unknown,
          cell.numFmt || "General",
          solid ?? "none",
          argbOf(font?.color) ?? "FF000000",
          font?.bold ?? false,
          font?.italic ?? false,
          alignment?.wrapText ?? false,
          alignment?.horizontal ?? "general",
          alignment?.vertical ?? "bottom",
          edge("top"),
          edge("bottom"),
          edge("left"),
          edge("right"),
        ]);
        if (seen !== PLAIN) lines.push(`${worksheet.name}!${cell.address} ${seen}`);
      })
    );
  }
  return lines;
};

/** A workbook holding a snapshot's values, number formats and fills (for generated plans). */
export const snapshotToXlsx = async (snapshot: WorkbookSnapshot): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => {
      const cells = row.map((value) => (value === null || value === undefined ? null : value));
      if (cells.some((value) => value !== null))
        worksheet.getRow(sheet.firstRow + r).values = [undefined, ...cells] as ExcelJS.CellValue[];
    });
    for (const [address, format] of Object.entries(sheet.numberFormats))
      worksheet.getCell(address).numFmt = format;
    for (const [address, colour] of Object.entries(sheet.fills))
      worksheet.getCell(address).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${colour.replace(/^#/, "").toUpperCase()}` },
      };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
