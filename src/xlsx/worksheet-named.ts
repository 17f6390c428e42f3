import type { Workbook, Worksheet } from "exceljs";

/**
 * The worksheet a WritePlan names, found as Excel finds sheets (ignoring case), so both executors
 * write to the same sheet; exceljs's getWorksheet matches the name exactly.
 */
export const worksheetNamed = (workbook: Workbook, name: string): Worksheet | undefined => {
  const key = name.toLowerCase();
  return (
    workbook.getWorksheet(name) ??
    workbook.worksheets.find((worksheet) => worksheet.name.toLowerCase() === key)
  );
};
