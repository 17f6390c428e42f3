import type { Metric } from "../../model/metric";
import type { PlanModel } from "../../parse/plan-model";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import type { WritePlan } from "../../write-plan/write-plan";
import { formatDate } from "../format-date";
import type { LevelSet } from "../level-presets";
import type { RagResult } from "../rate-plan";
import type { ToleranceRule } from "../rag-policy";
import { clearHighlightingOps, highlightingOps } from "./highlighting";
import { keyColours } from "./key-colours";
import { ratingsSheetOps } from "./ratings-sheet";
import { dropdownOps, statusColumnOps } from "./status-column";

export interface RagWriteOptions {
  levels: LevelSet;
  /** Fill the plan's own RAG column with the refreshed ratings (where it has one). */
  writeStatusColumn: boolean;
  /** Live target-vs-actual highlighting on Actual cells. */
  highlight: boolean;
  /** In-cell dropdowns on the RAG column, from a lists sheet. */
  dropdowns: boolean;
  toleranceOf: (metric: Metric) => ToleranceRule;
}

/**
 * Everything a RAG refresh writes, as one WritePlan: the ratings register (owned), the plan's RAG
 * column where asked, highlighting (replacing the last refresh's), dropdowns. The workbook's own colour key (BCP) wins over default
 * colours, so ratings look the way the council's readers expect.
 */
export const ragWritePlan = (snapshot: WorkbookSnapshot, model: PlanModel, result: RagResult, options: RagWriteOptions): WritePlan => {
  const colourOf = keyColours(model);
  return {
    basedOn: snapshot.stamp,
    // What Undo last run calls this run (issue #6 §3).
    label: `Refresh RAG as of ${formatDate(result.asOf)}`,
    ops: [
      ...ratingsSheetOps(snapshot, result, options.levels, colourOf),
      ...(options.dropdowns ? dropdownOps(model, options.levels) : []),
      ...(options.writeStatusColumn ? statusColumnOps(snapshot, model, result, options.levels, colourOf) : []),
      // The last refresh's highlighting is replaced, not stacked under this one's.
      ...(options.highlight ? [...clearHighlightingOps(result.metrics), ...highlightingOps(result.metrics, options.levels, options.toleranceOf)] : []),
    ],
  };
};
