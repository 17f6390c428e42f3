import type { Action, CellRef } from "../../model/action";
import type { DetectedTable, PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { refIn } from "../rule";

export const allTables = (model: PlanModel): DetectedTable[] => model.sheets.flatMap((sheet) => sheet.tables);

/**
 * Several rules ask the same questions of one model (which table holds this row, which rows are
 * shifted, every rating cell); the answers are worked out once per model and kept beside it.
 */
const cached = <T>(store: WeakMap<PlanModel, T>, model: PlanModel, build: () => T): T => {
  let value = store.get(model);
  if (value === undefined) {
    value = build();
    store.set(model, value);
  }
  return value;
};

const tablesByRow = new WeakMap<PlanModel, Map<string, DetectedTable>>();
const shifts = new WeakMap<PlanModel, Map<string, number>>();

export const tableAt = (model: PlanModel, sheet: string, row: number): DetectedTable | undefined =>
  cached(tablesByRow, model, () => {
    const index = new Map<string, DetectedTable>();
    for (const t of allTables(model))
      if (t.kind === "actions" || t.kind === "metrics") for (let r = t.firstDataRow; r <= t.lastDataRow; r += 1) if (!index.has(`${t.sheet}|${r}`)) index.set(`${t.sheet}|${r}`, t);
    return index;
  }).get(`${sheet}|${row}`);

/** The row's shift (rule 15), so a check reads a field where the value really is. */
export const shiftOf = (model: PlanModel, sheet: string, row: number): number =>
  cached(shifts, model, () => new Map(model.rowNotes.filter((n) => n.kind === "row-shifted").map((n) => [`${n.sheet}|${n.row}`, n.shift ?? 0]))).get(`${sheet}|${row}`) ?? 0;

export interface RatingCell {
  action: Action;
  period: string;
  cell: CellRef;
  /** "status" for a single RAG/Status column, "rating" for a period column (Thurrock). */
  kind: "status" | "rating";
}

/** Every status and rating cell of every action, as it sits in the sheet (valid or not). */
const ratingCellCache = new WeakMap<PlanModel, RatingCell[]>();

export const ratingCells = (snapshot: WorkbookSnapshot, model: PlanModel): RatingCell[] => cached(ratingCellCache, model, () => collectRatingCells(snapshot, model));

const collectRatingCells = (snapshot: WorkbookSnapshot, model: PlanModel): RatingCell[] => {
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
