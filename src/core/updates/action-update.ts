import type { Action } from "../model/action";
import { cellText, type CellValue } from "../model/cell-value";
import type { DatePolicy, IsoDate } from "../model/timescale";
import { dateFormatPrecision, isoToSerial, lastDayOfMonth } from "../parse/excel-date";
import type { PlanModel } from "../parse/plan-model";
import { formatDate } from "../rag/format-date";
import type { LevelSet } from "../rag/level-presets";
import { err, ok, type Result } from "../result";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";
import { readRevisedDate } from "./revised-date";
import { statusChoices } from "./status-choices";
import { updateCells, type UpdateCell, type UpdateField } from "./update-cells";

/** How a progress note goes in: above the earlier text with today's date (the default), or in its place. */
export type ProgressMode = "above" | "replace";

/** What an owner asked to change on one action; absent fields are left alone. */
export interface ActionUpdate {
  sheet: string;
  row: number;
  /** A status by its label as the choices show it. */
  status?: string;
  note?: string;
  progressMode?: ProgressMode;
  /** A revised date as typed, in any form the timescale grammar reads. */
  revisedDate?: string;
  /** "40", "40%": a whole percentage from 0 to 100. */
  percentComplete?: string;
}

export interface UpdateOptions {
  /** Today in the owner's calendar, for the note's date (the core never reads the clock). */
  today: IsoDate;
  datePolicy: DatePolicy;
  levels: LevelSet;
}

/** One cell the update writes, said as the owner will read it. */
export interface WrittenCell {
  field: UpdateField;
  sheet: string;
  address: string;
  /** "Status (E39): Amber – Significant risk", "Revised date (D39): 30 Sep 2025". */
  sentence: string;
}

export interface PlannedUpdate {
  action: Action;
  plan: WritePlan;
  written: WrittenCell[];
}

/** Excel's limit on the characters in one cell. */
const CELL_CHARACTERS = 32767;

const FIELD_NAMES: Record<UpdateField, string> = {
  status: "Status",
  progress: "Progress",
  due: "Revised date",
  percentComplete: "% complete",
};

const where = (cell: UpdateCell): string => `${FIELD_NAMES[cell.field]} (${cell.address})`;

/** A values op that re-checks the cell still holds what was read (docs/EXCEL.md#coauthoring). */
const valueOp = (cell: UpdateCell, value: CellValue): WriteOp => ({
  kind: "values",
  sheet: cell.sheet,
  topLeft: cell.address,
  values: [[value]],
  expected: [[cell.value]],
});

const missingColumn = (action: Action, field: UpdateField): string =>
  `Row ${action.row} of "${action.sheet}" has no ${FIELD_NAMES[field].toLowerCase()} column, so Plan Tracker cannot record one there.`;

/** The note with today's date, above the earlier text (in the earlier text's own HTML when it has some), or alone. */
export const progressText = (
  earlier: CellValue,
  note: string,
  mode: ProgressMode,
  today: IsoDate
): string => {
  const dated = `${formatDate(today)}: ${note.trim()}`;
  const before = cellText(earlier).trim();
  if (mode === "replace" || before === "") return dated;
  return /^<[a-z][^>]*>/i.test(before) ? `<p>${dated}</p> ${before}` : `${dated}\n\n${before}`;
};

/** A percentage typed as "40", "40%" or "40.5 %", as percent points; null when it is not one. */
const readPercent = (text: string): number | null => {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= 100 ? value : null;
};

/**
 * Write a revised date the way the cell already holds dates: a date cell gets the date as a date
 * (a month-only cell such as Thurrock's "Sep-25" the first of that month, as the plan writes them,
 * when the date is a month's end); a cell of words gets the words as typed, which read the same.
 */
const dateValue = (
  cell: UpdateCell,
  typed: string,
  due: IsoDate | null,
  kind: string
): { value: CellValue; format?: string } => {
  const precision = dateFormatPrecision(cell.numberFormat);
  const serial = due === null ? null : isoToSerial(due);
  if (
    (typeof cell.value === "number" || precision !== null) &&
    kind === "DEADLINE" &&
    serial !== null &&
    due !== null
  ) {
    if (precision === "month") {
      const [year, month] = [Number(due.slice(0, 4)), Number(due.slice(5, 7))];
      const first = isoToSerial(`${due.slice(0, 8)}01`);
      if (due === lastDayOfMonth(year, month) && first !== null) return { value: first };
      return { value: serial, format: "dd/mm/yyyy" };
    }
    return precision === null ? { value: serial, format: "dd/mm/yyyy" } : { value: serial };
  }
  return { value: typed };
};

/**
 * The write plan for one owner's update: only the cells asked for, each guarded against a
 * co-author's change since the read, labelled so Undo last run can put them back. Anything the
 * plan's rules reject is refused with one sentence before anything is written.
 */
export const actionUpdatePlan = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  update: ActionUpdate,
  options: UpdateOptions
): Result<PlannedUpdate, string> => {
  const action = model.actions.find(
    (candidate) => candidate.sheet === update.sheet && candidate.row === update.row
  );
  if (!action)
    return err(
      `Row ${update.row} of "${update.sheet}" is not an action Plan Tracker can find now; run the check again.`
    );
  const found = updateCells(snapshot, model, action);
  if (!found.ok) return found;
  const { cells, sheet } = found.value;
  if (sheet.protected)
    return err(
      `The sheet "${sheet.name}" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.`
    );
  const ops: WriteOp[] = [];
  const written: WrittenCell[] = [];

  if (update.status !== undefined && update.status.trim() !== "") {
    const cell = cells.status;
    if (!cell) return err(missingColumn(action, "status"));
    const { choices } = statusChoices(sheet, model, cell, options.levels);
    const wanted = update.status.trim().toLowerCase();
    const choice = choices.find(
      (candidate) =>
        candidate.label.toLowerCase() === wanted ||
        cellText(candidate.value).toLowerCase() === wanted
    );
    if (!choice)
      return err(
        `'${update.status.trim()}' is not one of this plan's statuses (${choices.map((candidate) => candidate.label).join(", ")}).`
      );
    if (choice.value === null && choice.fill) {
      // A colour-only status: the fill is the rating; the empty value op guards the cell's text.
      ops.push(valueOp(cell, null), {
        kind: "fills",
        sheet: cell.sheet,
        topLeft: cell.address,
        colours: [[choice.fill]],
      });
    } else ops.push(valueOp(cell, choice.value));
    written.push({
      field: "status",
      sheet: cell.sheet,
      address: cell.address,
      sentence: `${where(cell)}: ${choice.label}`,
    });
  }

  if (update.note !== undefined && update.note.trim() !== "") {
    const cell = cells.progress;
    if (!cell) return err(missingColumn(action, "progress"));
    const text = progressText(
      cell.value,
      update.note,
      update.progressMode ?? "above",
      options.today
    );
    if (text.length > CELL_CHARACTERS)
      return err(
        `The progress note would make ${cell.address} longer than Excel allows (${CELL_CHARACTERS} characters); choose "Replace it" or shorten the note.`
      );
    ops.push(valueOp(cell, text));
    written.push({
      field: "progress",
      sheet: cell.sheet,
      address: cell.address,
      sentence: `${where(cell)}: ${update.progressMode === "replace" ? "replaced with" : "added above the earlier text:"} "${formatDate(options.today)}: ${update.note.trim()}"`,
    });
  }

  if (update.revisedDate !== undefined && update.revisedDate.trim() !== "") {
    const cell = cells.due;
    if (!cell) return err(missingColumn(action, "due"));
    const read = readRevisedDate(update.revisedDate, options.datePolicy);
    if (!read.ok) return read;
    const { value, format } = dateValue(
      cell,
      read.value.typed,
      read.value.timescale.due,
      read.value.timescale.kind
    );
    ops.push(valueOp(cell, value));
    if (format)
      ops.push({
        kind: "numberFormats",
        sheet: cell.sheet,
        topLeft: cell.address,
        formats: [[format]],
      });
    written.push({
      field: "due",
      sheet: cell.sheet,
      address: cell.address,
      sentence: `${where(cell)}: '${read.value.typed}', read as ${read.value.asRead}`,
    });
  }

  if (update.percentComplete !== undefined && update.percentComplete.trim() !== "") {
    const cell = cells.percentComplete;
    if (!cell) return err(missingColumn(action, "percentComplete"));
    const percent = readPercent(update.percentComplete);
    if (percent === null)
      return err(
        `'${update.percentComplete.trim()}' is not a percentage from 0 to 100; type it like 40 or 40%.`
      );
    // A cell formatted as a percentage holds a fraction (40% is 0.4), as Excel stores what a person types.
    const value = cell.numberFormat?.includes("%") ? Math.round(percent * 1000) / 100000 : percent;
    ops.push(valueOp(cell, value));
    written.push({
      field: "percentComplete",
      sheet: cell.sheet,
      address: cell.address,
      sentence: `${where(cell)}: ${percent}%`,
    });
  }

  if (ops.length === 0)
    return err(
      "Nothing to update: choose a status, or type a note, a revised date or a % complete."
    );
  const name = action.ref ?? action.key;
  return ok({
    action,
    plan: {
      basedOn: snapshot.stamp,
      ops,
      label: `Update to action ${name} on ${formatDate(options.today)}`,
    },
    written,
  });
};
