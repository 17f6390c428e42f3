import type { CellValue } from "../model/cell-value";
import type { OwnedRole } from "../rag/write/owned-sheets";
import { cellAt, lastColumn, lastRow } from "../snapshot/sheet-access";
import type { SheetSnapshot } from "../snapshot/workbook-snapshot";
import { TITLE as UNDO_TITLE } from "../undo/undo-sheet-layout";

/**
 * Whether a sheet written by a Plan Tracker from before the mark (a sheet with one of its names and no
 * mark) is Plan Tracker's, by the first cells Plan Tracker itself wrote there, never by the name alone:
 * a council's own "Board report" does not start with Plan Tracker's title rows. Every owned sheet has
 * always been written from A1 (ratings-sheet.ts, status-column.ts, period-snapshot.ts,
 * report-write-plan.ts, encode-undo-record.ts).
 */
const text = (value: CellValue): string => (typeof value === "string" ? value : "");

const SIGNATURES: Readonly<Record<OwnedRole, (sheet: SheetSnapshot) => boolean>> = {
  ratings: (sheet) =>
    text(cellAt(sheet, 1, 1)) === "Plan Tracker – RAG ratings" &&
    text(cellAt(sheet, 2, 1)) === "Ratings as of",
  // The dropdowns' list: the heading and the six levels in column A, nothing else.
  lists: (sheet) =>
    text(cellAt(sheet, 1, 1)) === "RAG status" && lastColumn(sheet) === 1 && lastRow(sheet) <= 7,
  history: (sheet) =>
    ["Key", "Sheet", "Action", "Group"].every(
      (heading, i) => text(cellAt(sheet, 1, i + 1)) === heading
    ),
  // "Ratings as of …" before the dashboard; "Data as at …" since (src/core/report/dashboard-rows.ts).
  report: (sheet) =>
    text(cellAt(sheet, 2, 1)).startsWith("Board report – ") &&
    /^(?:Ratings as of|Data as at) /.test(text(cellAt(sheet, 3, 1))),
  undo: (sheet) => text(cellAt(sheet, 1, 1)) === UNDO_TITLE,
};

export const holdsOwnedContent = (role: OwnedRole, sheet: SheetSnapshot): boolean =>
  SIGNATURES[role](sheet);
