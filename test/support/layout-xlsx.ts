/**
 * Writes a generated layout (layout-generator.ts) to a real .xlsx with exceljs, so a few seeds can be
 * read back through the .xlsx gateway exactly as a council's file would be: with an Excel Table
 * (ListObject) where the spec has one, and a dropdown (list data validation) on the status column.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/model/cell-value";
import { cellAddress } from "../../src/core/model/address";
import type { GeneratedLayout, GeneratedSheet, ListObjectSpec } from "./layout-generator";

const cellAt = (sheet: GeneratedSheet, row: number, column: number): CellValue =>
  sheet.rows[row - 1]?.[column - 1] ?? null;

/** An Excel Table over the spec's range; exceljs writes its header and body cells itself. */
const addListObject = (
  worksheet: ExcelJS.Worksheet,
  sheet: GeneratedSheet,
  table: ListObjectSpec
): void => {
  const columns = Array.from(
    { length: table.lastColumn - table.firstColumn + 1 },
    (_, i) => table.firstColumn + i
  );
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = table.headerRow + 1; row <= table.lastRow; row += 1)
    rows.push(columns.map((column) => cellAt(sheet, row, column)));
  worksheet.addTable({
    name: table.name,
    ref: cellAddress(table.headerRow, table.firstColumn),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((column) => ({
      name: String(cellAt(sheet, table.headerRow, column)),
      filterButton: true,
    })),
    rows,
  });
};

const writeSheet = (workbook: ExcelJS.Workbook, sheet: GeneratedSheet): void => {
  const worksheet = workbook.addWorksheet(sheet.name);
  for (const table of sheet.listObjects) addListObject(worksheet, sheet, table);
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
    })
  );
  for (const [address, format] of Object.entries(sheet.numberFormats ?? {}))
    worksheet.getCell(address).numFmt = format;
  for (const [address, colour] of Object.entries(sheet.fills ?? {}))
    worksheet.getCell(address).fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${colour.slice(1).toUpperCase()}` },
    };
  for (const range of sheet.merges ?? []) worksheet.mergeCells(range);
  for (const validation of sheet.validations)
    for (const address of validation.cells)
      worksheet.getCell(address).dataValidation = {
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${validation.list.join(",")}"`],
      };
};

export const writeLayoutXlsx = async (layout: GeneratedLayout): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of layout.sheets) writeSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
