import ExcelJS from "exceljs";

/**
 * A plan whose Status column is typed words (not fills) with the council's own text colour, a bold
 * cell, a date format on one status, and its own dropdown list: what Refresh RAG overwrites and Undo
 * last run must put back exactly (docs/HISTORY.md#issue-6-3).
 */
export const STATUS_LIST = '"On track,At risk,Off track,Complete"';

export const buildTypedStatusPlan = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Action Plan");
  sheet.addRow(["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"]);
  const rows: [string, string, string, string, string][] = [
    ["1.1", "Recruit permanent social workers", "Head of Workforce", "March 2023", "On track"],
    [
      "1.2",
      "Audit every open child in need plan",
      "Principal Social Worker",
      "December 2022",
      "At risk",
    ],
    ["1.3", "Launch the practice model training", "Service Manager", "April 2023", "Complete"],
    ["1.4", "Review supervision records", "Team Managers", "January 2023", "Off track"],
    ["1.5", "Publish the sufficiency strategy", "Director", "June 2023", "On track"],
  ];
  for (const row of rows) sheet.addRow([...row, "Update given at the board"]);
  for (let r = 2; r <= rows.length + 1; r += 1) {
    const cell = sheet.getCell(`E${r}`);
    cell.font = { name: "Arial", size: 11, color: { argb: "FF1F4E79" }, bold: r === 3 };
    cell.dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [STATUS_LIST],
      showErrorMessage: true,
      errorTitle: "Status",
      error: "Pick a status from the list.",
    };
  }
  // A theme colour with a tint (exceljs's typings lack tint): hex alone could not put it back exactly.
  const themed: Record<string, number> = { theme: 9, tint: 0.6 };
  sheet.getCell("E4").fill = { type: "pattern", pattern: "solid", fgColor: themed };
  sheet.getCell("E5").numFmt = "@";
  sheet.getColumn(2).width = 40;
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Board dates";
  notes.getCell("A2").value = { formula: "DATE(2023,1,31)", result: 44957 };
  notes.getCell("A2").numFmt = "dd/mm/yyyy";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
