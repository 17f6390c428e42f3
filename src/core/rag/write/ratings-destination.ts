import { columnLetter } from "../../model/address";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { countedActions } from "../level-counts";
import { CALCULATED_HEADER, calculatedColumnOf, calculatedHeaderRow } from "./calculated-column";
import { isEmptyCell } from "./empty-cell";
import { RATINGS_SHEET } from "./owned-sheets";
import type { CalculatedPlacement, RatingsSetting } from "./ratings-setting";
import { statusColumns } from "./status-column";

/** Where a Refresh RAG would put Plan Tracker's ratings, worked out before anything is written. */
export interface RatingsDestination {
  calculated: CalculatedPlacement;
  fillEmptyOwnerCells: boolean;
  /** The plan has a RAG column of its own (BCP); Thurrock and the scorecard do not. */
  hasStatusColumn: boolean;
  /** Plan Tracker's own columns ("column" only): one per table with a RAG column. */
  columns: { sheet: string; column: string; headerRow: number }[];
  /** Action cells of the RAG column that hold an owner's rating (a word or a colour). */
  ownerRated: number;
  /** Action cells of the RAG column no owner has rated. */
  ownerEmpty: number;
}

/** The same cells and columns the write plan would use (rag-write-plan.ts), counted for the pane. */
export const ratingsDestination = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  setting: RatingsSetting
): RatingsDestination => {
  const tables = statusColumns(model);
  const actions = countedActions(model.actions);
  let ownerRated = 0;
  let ownerEmpty = 0;
  const columns: RatingsDestination["columns"] = [];
  for (const { table, column } of tables) {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) continue;
    const rows = actions
      .filter(
        (a) => a.sheet === table.sheet && a.row >= table.firstDataRow && a.row <= table.lastDataRow
      )
      .map((a) => a.row);
    for (const row of rows)
      if (isEmptyCell(sheet, row, column)) ownerEmpty += 1;
      else ownerRated += 1;
    if (setting.calculated === "column" && rows.length > 0)
      columns.push({
        sheet: table.sheet,
        column: columnLetter(calculatedColumnOf(sheet, table)),
        headerRow: calculatedHeaderRow(table),
      });
  }
  return { ...setting, hasStatusColumn: tables.length > 0, columns, ownerRated, ownerEmpty };
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const columnList = (columns: RatingsDestination["columns"]): string => {
  const bySheet = new Map<string, string[]>();
  for (const { sheet, column } of columns)
    bySheet.set(sheet, [...new Set([...(bySheet.get(sheet) ?? []), column])]);
  return [...bySheet]
    .map(
      ([sheet, letters]) =>
        `${letters.length === 1 ? "column" : "columns"} ${letters.join(", ")} of ${sheet}`
    )
    .join("; ");
};

/**
 * What the pane says before Refresh RAG is pressed: where the ratings will go and, when the mapping
 * gives the RAG column to Plan Tracker, that it will be overwritten and how many owners' ratings
 * that is. Plain sentences, so the view and a test read the same words.
 */
export const destinationSentences = (destination: RatingsDestination): string[] => {
  const register = `the ${RATINGS_SHEET} sheet`;
  if (!destination.hasStatusColumn)
    return [
      `This plan has no RAG column of its own: Refresh RAG writes Plan Tracker's ratings to ${register}.`,
    ];
  if (destination.calculated === "status-column")
    return [
      `The mapping gives the plan's RAG column to Plan Tracker: Refresh RAG will overwrite it, including ${plural(destination.ownerRated, "cell an owner has rated", "cells owners have rated")}. Undo last run puts them back.`,
    ];
  const fills =
    destination.fillEmptyOwnerCells && destination.ownerEmpty > 0
      ? [
          `As the mapping asks, it also fills the ${plural(destination.ownerEmpty, "empty cell", "empty cells")} of the owners' RAG column.`,
        ]
      : [];
  const kept = `The owners' ratings in the RAG column are left as they are (${plural(destination.ownerRated, "cell", "cells")}).`;
  if (destination.calculated === "register")
    return [`Refresh RAG writes Plan Tracker's ratings to ${register} only.`, kept, ...fills];
  const where =
    destination.columns.length > 0
      ? ` and to a column of its own headed "${CALCULATED_HEADER}" (${columnList(destination.columns)})`
      : "";
  return [`Refresh RAG writes Plan Tracker's ratings to ${register}${where}.`, kept, ...fills];
};
