import type { Action, CellRef } from "../../model/action";
import type { DetectedTable, PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { refIn } from "../rule";

export const allTables = (model: PlanModel): DetectedTable[] => model.sheets.flatMap((sheet) => sheet.tables);

export const tableAt = (model: PlanModel, sheet: string, row: number): DetectedTable | undefined =>
  allTables(model).find((t) => t.sheet === sheet && t.firstDataRow <= row && row <= t.lastDataRow && (t.kind === "actions" || t.kind === "metrics"));

/** The row's shift (rule 15), so a check reads a field where the value really is. */
export const shiftOf = (model: PlanModel, sheet: string, row: number): number =>
  model.rowNotes.find((n) => n.kind === "row-shifted" && n.sheet === sheet && n.row === row)?.shift ?? 0;

export interface RatingCell {
  action: Action;
  period: string;
  cell: CellRef;
  /** "status" for a single RAG/Status column, "rating" for a period column (Thurrock). */
  kind: "status" | "rating";
}

/** Every status and rating cell of every action, as it sits in the sheet (valid or not). */
export const ratingCells = (snapshot: WorkbookSnapshot, model: PlanModel): RatingCell[] => {
  const cells: RatingCell[] = [];
  for (const action of model.actions) {
    if (action.placeholder) continue;
    const table = tableAt(model, action.sheet, action.row);
    if (!table) continue;
    const shift = shiftOf(model, action.sheet, action.row);
    for (const column of table.columns) {
      if (column.field !== "rating" && column.field !== "status") continue;
      cells.push({
        action,
        period: column.period ?? column.header,
        cell: refIn(snapshot, action.sheet, action.row, column.column - shift),
        kind: column.field === "status" ? "status" : "rating",
      });
    }
  }
  return cells;
};
