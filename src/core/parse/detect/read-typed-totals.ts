import type { DetectedTable, TypedTotal } from "../plan-model";
import { priorityBox } from "./block-titles";
import type { SheetGrid } from "./sheet-grid";

/**
 * Figures the council typed that Plan Tracker recomputes: Thurrock's plan and priority means
 * (Previous / Current period) and its priority boxes (docs/RATINGS.md#thurrock-averages; checked by total-mismatch).
 */
export const readSummaryTable = (grid: SheetGrid, table: DetectedTable): TypedTotal[] => {
  const totals: TypedTotal[] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const label =
      grid
        .filledColumns(row)
        .map((c) => grid.text(row, c))
        .find((text) => Number.isNaN(Number(text))) ?? "";
    const priority = /^(\d+)\.\s/.exec(label);
    const group = priority ? `Priority ${priority[1]}` : "";
    for (const column of table.columns) {
      if (typeof grid.value(row, column.column) !== "number") continue;
      totals.push({
        kind: "mean",
        group,
        label: column.period ?? column.header,
        cell: grid.ref(row, column.column),
      });
    }
  }
  return totals;
};

export const readPriorityBoxes = (
  grid: SheetGrid,
  boxes: { row: number; group: string }[]
): TypedTotal[] =>
  boxes.flatMap(({ row, group }) => {
    const box = priorityBox(grid, row);
    return box
      ? [{ kind: "box" as const, group, label: box.label, cell: grid.ref(row, box.column) }]
      : [];
  });
