import type { Measure } from "../../model/measure";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import type { RagLevel } from "../../model/rag-level";
import type { WriteOp, WritePlan } from "../../write-plan/write-plan";
import { formatDate } from "../format-date";
import type { LevelSet } from "../level-presets";
import type { RagResult } from "../rate-plan";
import type { ToleranceRule } from "../rag-policy";
import { clearHighlightingOps, highlightingOps } from "./highlighting";
import { keyColours } from "./key-colours";
import { ratingsSheetOps } from "./ratings-sheet";
import { ownedSheetsOf } from "../../owned/owned-sheets-of";
import { calculatedColumnOps } from "./calculated-column";
import type { RatingsSetting } from "./ratings-setting";
import {
  dropdownOps,
  type OwnerCells,
  type SheetCell,
  statusCellsLeftMerged,
  statusColumnOps,
  statusColumns,
} from "./status-column";

export interface RagWriteOptions {
  levels: LevelSet;
  /** Where Plan Tracker's own ratings go besides the register (the mapping's `ratings`). */
  ratings: RatingsSetting;
  /** Live target-vs-actual highlighting on Actual cells. */
  highlight: boolean;
  /** In-cell dropdowns on the RAG column, from a lists sheet. */
  dropdowns: boolean;
  toleranceOf: (measure: Measure) => ToleranceRule;
}

/** Which of the RAG column's cells the mapping's setting writes, if any. */
const ownerCellsWritten = ({
  calculated,
  fillEmptyOwnerCells,
}: RatingsSetting): OwnerCells | null =>
  calculated === "status-column" ? "all" : fillEmptyOwnerCells ? "empty" : null;

/**
 * The cells of the plan's own sheets that carry Plan Tracker's ratings, by the mapping's setting:
 * a column of its own beside each table with a RAG column (default), or the RAG column itself only
 * when the mapping says that column is Plan Tracker's; empty owner cells only when it says so. An
 * owner's rating is never written over otherwise (docs/HISTORY.md#issue-11-1).
 */
const ratingCellOps = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  result: RagResult,
  options: RagWriteOptions,
  colourOf: (level: RagLevel) => string | undefined
): WriteOp[] => {
  const { calculated } = options.ratings;
  const ownerCells = ownerCellsWritten(options.ratings);
  if (ownerCells === "all")
    return statusColumnOps(snapshot, model, result, options.levels, colourOf, "all");
  const ownerFills =
    ownerCells === "empty"
      ? statusColumnOps(snapshot, model, result, options.levels, colourOf, "empty")
      : [];
  const columns =
    calculated === "column"
      ? statusColumns(model).flatMap(({ table }) =>
          calculatedColumnOps(snapshot, table, result, options.levels, colourOf)
        )
      : [];
  return [...ownerFills, ...columns];
};

/**
 * The RAG cells a refresh would have written but leaves because each is merged with another
 * column's cell (docs/HISTORY.md#issue-12-3), so the run can say which: none when the mapping keeps
 * Plan Tracker out of the RAG column.
 */
export const ratingCellsLeftMerged = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  result: RagResult,
  ratings: RatingsSetting
): SheetCell[] => {
  const cells = ownerCellsWritten(ratings);
  return cells === null ? [] : statusCellsLeftMerged(snapshot, model, result, cells);
};

/**
 * Everything a RAG refresh writes, as one WritePlan: the ratings register (owned), Plan Tracker's
 * rating cells in the plan where the mapping puts them, highlighting (replacing the last refresh's),
 * dropdowns. The workbook's own colour key (BCP) wins over default colours, so ratings look the way
 * the council's readers expect.
 */
export const ragWritePlan = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  result: RagResult,
  options: RagWriteOptions
): WritePlan => {
  const colourOf = keyColours(model);
  return {
    basedOn: snapshot.stamp,
    // What Undo last run calls this run (docs/HISTORY.md#issue-6-3).
    label: `Refresh RAG as of ${formatDate(result.asOf)}`,
    ops: [
      ...ratingsSheetOps(snapshot, result, options.levels, colourOf),
      ...(options.dropdowns
        ? dropdownOps(model, options.levels, ownedSheetsOf(snapshot.sheets).of("lists").name)
        : []),
      ...ratingCellOps(snapshot, model, result, options, colourOf),
      // The last refresh's highlighting is replaced, not stacked under this one's.
      ...(options.highlight
        ? [
            ...clearHighlightingOps(result.measures),
            ...highlightingOps(result.measures, options.levels, options.toleranceOf),
          ]
        : []),
    ],
  };
};
