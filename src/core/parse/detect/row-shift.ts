import type { DetectedTable } from "../plan-model";
import { columnFor } from "./columns";
import { isDateLike } from "./cell-readers";
import type { SheetGrid } from "./sheet-grid";

// Furthest shift looked for: the seeds show shifts of 1 and 3 (docs/RULES.md rule 15).
const MAX_SHIFT = 4;

const ratingLike = (grid: SheetGrid, row: number, column: number): "rating" | "blank" | "other" => {
  const value = grid.value(row, column);
  if (value === null || (typeof value === "string" && value.trim() === "")) return "blank";
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 5
    ? "rating"
    : "other";
};

/**
 * How many columns to the left a row's values sit, found by its fingerprint: a date-like Time just
 * before a run of 0–5 ratings (docs/RULES.md rule 15; Thurrock L177 k=1, L345 k=3). 0 when the row fits.
 * Made once per table: the columns it looks at are the same for every row.
 */
export const shiftFinder = (table: DetectedTable): ((grid: SheetGrid, row: number) => number) => {
  const due = columnFor(table, "due");
  const ratings = table.columns.filter((c) => c.field === "rating").map((c) => c.column);
  if (due === null || ratings.length < 2) return () => 0;
  const firstColumn = Math.min(...table.columns.map((c) => c.column));
  return (grid, row) => {
    const fits = (k: number): boolean => {
      const kinds = ratings.map((c) => ratingLike(grid, row, c - k));
      return (
        isDateLike(grid, row, due - k) &&
        kinds.every((kind) => kind !== "other") &&
        kinds.filter((kind) => kind === "rating").length >= 2
      );
    };
    if (fits(0)) return 0;
    for (let k = 1; k <= MAX_SHIFT && due - k >= firstColumn; k += 1) if (fits(k)) return k;
    return 0;
  };
};
