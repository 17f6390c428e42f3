import { cellAddress, addressOf } from "../../../core/model/address";
import type { Action } from "../../../core/model/action";
import type { RatedMeasure } from "../../../core/rag/rate-plan";

/** Where a rated row takes the person: a sheet and one cell. */
export interface CellTarget {
  sheet: string;
  address: string;
}

/**
 * An action's title cell, else its ref cell, else any cell it was read from, else column A of its
 * row: every rated action can be found, even one whose title column was not mapped.
 */
export const actionCell = (action: Action): CellTarget => {
  const cell =
    action.cells.title ??
    action.cells.ref ??
    Object.values(action.cells).find((ref) => ref !== undefined);
  return { sheet: action.sheet, address: addressOf(cell) ?? cellAddress(action.row, 1) };
};

/** A measure's rated Actual cell (what the rating is about), else its name cell, else column A of its row. */
export const measureCell = ({ measure, period }: RatedMeasure): CellTarget => {
  const cell = period?.actualCell ?? measure.cells.name;
  return {
    sheet: cell?.sheet ?? measure.sheet,
    address: addressOf(cell) ?? cellAddress(measure.row, 1),
  };
};
