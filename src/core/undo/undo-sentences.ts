import { qualifiedAddress } from "../model/address";
import { UNDO_SHEET } from "../rag/write/owned-sheets";

/** What the person is told about Undo last run, one plain sentence each (house rule). */
export const NOTHING_TO_UNDO =
  "There is nothing to undo: Plan Tracker has not changed this workbook's own sheets since the last undo.";

/** The label a run gets when its WritePlan has none. */
export const UNNAMED_RUN = "Plan Tracker's last run";

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export const undoneSentence = (restored: number, label: string, removed = 0): string => {
  if (restored > 0)
    return `Put back ${plural(restored, "cell", "cells")} as ${restored === 1 ? "it was" : "they were"} before '${label}'.`;
  if (removed > 0)
    return `Removed the highlighting and dropdowns '${label}' added; no cell values needed putting back.`;
  return `'${label}' is undone; it had changed nothing that needed putting back.`;
};

/** Undo never overwrites a later edit (docs/EXCEL.md#coauthoring): it names the cells someone changed after the run. */
export const changedSinceRunSentence = (cells: readonly string[], label: string): string => {
  const shown =
    cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` and ${cells.length - 5} more` : "");
  const which = cells.length === 1 ? "1 cell has" : `${cells.length} cells have`;
  return `${which} changed since '${label}' wrote ${cells.length === 1 ? "it" : "them"} (${shown}), so Undo last run put nothing back rather than overwrite that later edit; change ${cells.length === 1 ? "it" : "them"} back by hand if you still want the earlier values.`;
};

export const editedByHandSentence = (where: string): string =>
  `The sheet '${UNDO_SHEET}' has been changed since Plan Tracker wrote it (${where}), so Undo last run cannot put cells back exactly and changed nothing.`;

/** A record naming a cell Plan Tracker does not write: forged or copied from another workbook (docs/HISTORY.md#issue-12-5). */
export const notPlanTrackersSentence = (where: string, label: string): string =>
  `The undo record for '${label}' names ${where}, which is not a cell that run of Plan Tracker wrote, so Undo last run changed nothing; the record may have been altered.`;

/** A record that would put back a formula reaching outside the workbook (a web call, a link, DDE). */
export const outsideFormulaSentence = (where: string, label: string): string =>
  `The undo record for '${label}' would put a formula that reaches outside the workbook into ${where}, which Plan Tracker never does, so Undo last run changed nothing; the record may have been altered.`;

export const missingSheetSentence = (sheet: string, label: string): string =>
  `The sheet '${sheet}' that '${label}' changed is no longer in this workbook (renamed or deleted?), so Undo last run changed nothing.`;

export const cellName = (sheet: string, address: string): string =>
  qualifiedAddress(sheet, address);

/** Dropdown ranges that held several different rules before the run: Plan Tracker's is removed, theirs cannot be rebuilt. */
export const mixedValidationSentence = (ranges: readonly string[]): string =>
  `Plan Tracker removed its dropdowns from ${ranges.join(", ")}, but those cells held several different validation rules before, which it could not keep; set them again under Data > Data Validation if you need them.`;

/** Excel before ExcelApi 1.9 cannot read cell colours, so those are not kept for Undo last run. */
export const FORMATS_NOT_KEPT =
  "This version of Excel cannot read cell colours (ExcelApi 1.9), so Undo last run will put back values and number formats but not fills or text colours.";
