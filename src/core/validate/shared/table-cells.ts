import type { CellRef } from "../../model/action";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { refIn } from "../rule";
import { allTables } from "./tables";

/** Every non-empty text cell inside the plan's tables (headers excluded), with the field its column holds. */
const textCells = new WeakMap<PlanModel, { cell: CellRef; field: string | null }[]>();

export const tableTextCells = (snapshot: WorkbookSnapshot, model: PlanModel): { cell: CellRef; field: string | null }[] => {
  const known = textCells.get(model);
  if (known) return known;
  const cells: { cell: CellRef; field: string | null }[] = [];
  textCells.set(model, cells);
  for (const table of allTables(model)) {
    if (table.kind === "milestones") continue;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const fieldOf = new Map(table.columns.map((c) => [c.column, c.field]));
    for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
      const values = sheet.values[row - sheet.firstRow] ?? [];
      values.forEach((value, index) => {
        if (typeof value !== "string" || value.trim() === "") return;
        const column = index + sheet.firstColumn;
        cells.push({ cell: refIn(snapshot, table.sheet, row, column), field: fieldOf.get(column) ?? null });
      });
    }
  }
  return cells;
};
