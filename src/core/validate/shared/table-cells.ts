import type { CellRef } from "../../model/action";
import { cellAddress } from "../../model/address";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { allTables } from "./tables";

/** A non-empty text cell inside one of the plan's tables, with the field its column holds. */
export interface TableTextCell {
  sheet: string;
  row: number;
  column: number;
  text: string;
  field: string | null;
}

/**
 * The CellRef an issue points at. Made only for the few cells a rule reports: a 100,000-row plan has
 * half a million text cells, and an address string for each was most of validation's garbage.
 */
export const textCellRef = (cell: TableTextCell): CellRef => ({
  sheet: cell.sheet,
  row: cell.row,
  column: cell.column,
  address: cellAddress(cell.row, cell.column),
  value: cell.text,
});

const textCells = new WeakMap<PlanModel, TableTextCell[]>();

/** Every non-empty text cell inside the plan's tables (headers excluded), worked out once per model. */
export const tableTextCells = (snapshot: WorkbookSnapshot, model: PlanModel): TableTextCell[] => {
  const known = textCells.get(model);
  if (known) return known;
  const cells: TableTextCell[] = [];
  textCells.set(model, cells);
  for (const table of allTables(model)) {
    if (table.kind === "milestones") continue;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const fieldOf = new Map(table.columns.map((c) => [c.column, c.field]));
    for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
      const values = sheet.values[row - sheet.firstRow];
      if (!values) continue;
      for (let index = 0; index < values.length; index += 1) {
        const value = values[index];
        if (typeof value !== "string" || value.trim() === "") continue;
        const column = index + sheet.firstColumn;
        cells.push({
          sheet: table.sheet,
          row,
          column,
          text: value,
          field: fieldOf.get(column) ?? null,
        });
      }
    }
  }
  return cells;
};
