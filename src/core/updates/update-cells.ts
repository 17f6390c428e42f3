import { cellAddress } from "../model/address";
import type { Action } from "../model/action";
import type { CellValue } from "../model/cell-value";
import { columnFor, dueColumns } from "../parse/detect/columns";
import type { DetectedTable, PlanModel } from "../parse/plan-model";
import { cellAt, fillAt, numberFormatAt } from "../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { err, ok, type Result } from "../result";

/** The fields an owner updates from the pane. */
export type UpdateField = "status" | "progress" | "due" | "percentComplete";

/** One cell an update may write, as it was read. */
export interface UpdateCell {
  field: UpdateField;
  sheet: string;
  row: number;
  column: number;
  address: string;
  value: CellValue;
  numberFormat?: string;
  fill?: string;
  /** The column's heading as written ("RAG 05/18", "Progress to date"). */
  header: string;
}

export interface UpdateCells {
  action: Action;
  sheet: SheetSnapshot;
  table: DetectedTable;
  cells: Partial<Record<UpdateField, UpdateCell>>;
}

/** The action table whose body holds the row. */
export const tableOfRow = (model: PlanModel, sheet: string, row: number): DetectedTable | null =>
  model.sheets
    .find((detection) => detection.name === sheet)
    ?.tables.find(
      (table) => table.kind === "actions" && table.firstDataRow <= row && row <= table.lastDataRow
    ) ?? null;

/**
 * The status cell: the table's status column, else its latest period's rating column (Thurrock's
 * "RAG 05/18"), where this period's rating is recorded.
 */
const statusColumn = (table: DetectedTable): number | null => {
  const status = columnFor(table, "status");
  if (status !== null) return status;
  const ratings = table.columns.filter((column) => column.field === "rating");
  return ratings.length === 0 ? null : ratings[ratings.length - 1].column;
};

/**
 * Where an action's status, progress note, due date and % complete sit, with what they hold now. A
 * row whose cells sit left of their headings (docs/RULES.md rule 15) is refused: writing under the
 * headings would put each value in the wrong field.
 */
export const updateCells = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  action: Action
): Result<UpdateCells, string> => {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === action.sheet);
  const table = tableOfRow(model, action.sheet, action.row);
  if (!sheet || !table)
    return err(
      `Row ${action.row} of "${action.sheet}" is no longer an action Plan Tracker can find; run the check again.`
    );
  if (
    model.rowNotes.some(
      (note) =>
        note.kind === "row-shifted" && note.sheet === action.sheet && note.row === action.row
    )
  )
    return err(
      `Row ${action.row} of "${action.sheet}" has its cells out of line with the headings; put them back under their headings first, then update it.`
    );
  const cells: Partial<Record<UpdateField, UpdateCell>> = {};
  const dues = dueColumns(table);
  const columns: Record<UpdateField, number | null> = {
    status: statusColumn(table),
    progress: columnFor(table, "progress"),
    // A revised date is written where the plan keeps revised dates, the original left as it was.
    due: dues.revised ?? dues.due,
    percentComplete: columnFor(table, "percentComplete"),
  };
  for (const field of Object.keys(columns) as UpdateField[]) {
    const column = columns[field];
    if (column === null) continue;
    const row = action.row;
    cells[field] = {
      field,
      sheet: action.sheet,
      row,
      column,
      address: cellAddress(row, column),
      value: cellAt(sheet, row, column),
      numberFormat: numberFormatAt(sheet, row, column),
      fill: fillAt(sheet, row, column),
      header: table.columns.find((mapping) => mapping.column === column)?.header ?? "",
    };
  }
  return ok({ action, sheet, table, cells });
};
