import type { Action, CellRef } from "../../model/action";
import { isBlank } from "../../model/cell-value";
import type { ColumnMapping, DetectedTable, PlanModel } from "../../parse/plan-model";
import { fillAt, numberFormatAt } from "../../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { refIn } from "../rule";
import { scorePeriods } from "../../rag/period-scores";

export const allTables = (model: PlanModel): DetectedTable[] =>
  model.sheets.flatMap((sheet) => sheet.tables);

/**
 * Several rules ask the same questions of one model (which table holds this row, which rows are
 * shifted, every rating cell); the answers are worked out once per model and kept beside it.
 */
export const cached = <T>(
  store: WeakMap<PlanModel, T>,
  model: PlanModel,
  build: (model: PlanModel) => T
): T => {
  let value = store.get(model);
  if (value === undefined) {
    value = build(model);
    store.set(model, value);
  }
  return value;
};

// Keyed by the sheets array, not the snapshot: a snapshot given a new array of sheets is indexed anew.
const sheetsByName = new WeakMap<readonly SheetSnapshot[], Map<string, SheetSnapshot>>();

/**
 * The snapshot's sheet of this name (the first, as snapshot.sheets.find gives it), from an index made
 * once per snapshot: rules ask per cell, and a find per cell was a scan per cell.
 */
export const sheetNamed = (snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined => {
  let byName = sheetsByName.get(snapshot.sheets);
  if (byName === undefined) {
    byName = new Map();
    for (const sheet of snapshot.sheets) if (!byName.has(sheet.name)) byName.set(sheet.name, sheet);
    sheetsByName.set(snapshot.sheets, byName);
  }
  return byName.get(name);
};

/** The number format of the cell a model's reference came from, through the sheet index above. */
export const numberFormatOf = (snapshot: WorkbookSnapshot, cell: CellRef): string | undefined => {
  const sheet = sheetNamed(snapshot, cell.sheet);
  return sheet && numberFormatAt(sheet, cell.row, cell.column);
};

/** The fill of the cell a model's reference came from. */
export const fillOf = (snapshot: WorkbookSnapshot, cell: CellRef): string | undefined => {
  const sheet = sheetNamed(snapshot, cell.sheet);
  return sheet && fillAt(sheet, cell.row, cell.column);
};

// By sheet, then row number: a string key per row was a string made for every row of the plan.
type BySheetRow<T> = Map<string, Map<number, T>>;

const atSheetRow = <T>(index: BySheetRow<T>, sheet: string, row: number): T | undefined =>
  index.get(sheet)?.get(row);

const putSheetRow = <T>(
  index: BySheetRow<T>,
  sheet: string,
  row: number,
  value: T,
  keep: "first" | "last"
): void => {
  let rows = index.get(sheet);
  if (!rows) {
    rows = new Map();
    index.set(sheet, rows);
  }
  if (keep === "last" || !rows.has(row)) rows.set(row, value);
};

const tablesBySheet = new WeakMap<PlanModel, Map<string, DetectedTable[]>>();
const shifts = new WeakMap<PlanModel, BySheetRow<number>>();

// Asked for each action of the plan: the builders below are named functions, so a lookup makes no
// closure (a closure per call was 100,000 objects on a large plan).
const buildTablesBySheet = (model: PlanModel): Map<string, DetectedTable[]> => {
  const bySheet = new Map<string, DetectedTable[]>();
  for (const t of allTables(model))
    if (t.kind === "actions" || t.kind === "measures") {
      const list = bySheet.get(t.sheet);
      if (list) list.push(t);
      else bySheet.set(t.sheet, [t]);
    }
  return bySheet;
};

/**
 * The first action or measure table (in the model's order) whose body holds the row. A sheet has a
 * few tables: they are searched in order, where an index of every row of the plan (100,000 entries)
 * cost more than all the searches.
 */
export const tableAt = (
  model: PlanModel,
  sheet: string,
  row: number
): DetectedTable | undefined => {
  const tables = cached(tablesBySheet, model, buildTablesBySheet).get(sheet);
  if (tables === undefined) return undefined;
  for (let i = 0; i < tables.length; i += 1)
    if (row >= tables[i].firstDataRow && row <= tables[i].lastDataRow) return tables[i];
  return undefined;
};

const buildShifts = (model: PlanModel): BySheetRow<number> => {
  const index: BySheetRow<number> = new Map();
  for (const note of model.rowNotes)
    if (note.kind === "row-shifted")
      putSheetRow(index, note.sheet, note.row, note.shift ?? 0, "last");
  return index;
};

/** The row's shift (rule 15), so a check reads a field where the value really is. */
export const shiftOf = (model: PlanModel, sheet: string, row: number): number =>
  atSheetRow(cached(shifts, model, buildShifts), sheet, row) ?? 0;

export interface RatingCell {
  action: Action;
  period: string;
  cell: CellRef;
  /** "status" for a single RAG/Status column, "rating" for a period column (Thurrock). */
  kind: "status" | "rating";
}

type PeriodScores = ReturnType<typeof scorePeriods>;
const periodScoresCache = new WeakMap<PlanModel, PeriodScores>();
const buildPeriodScores = (model: PlanModel): PeriodScores => scorePeriods(model.actions);

/**
 * The rating periods of the plan, its current and previous one (rating's one pass over every
 * action's ratings), once per model for all the rules that ask.
 */
export const periodScoresOf = (model: PlanModel): PeriodScores =>
  cached(periodScoresCache, model, buildPeriodScores);

const ratedPeriodsCache = new WeakMap<PlanModel, Set<string>>();

// scorePeriods lists every period some action holds a rating in.
const buildRatedPeriods = (model: PlanModel): Set<string> => new Set(periodScoresOf(model).periods);

/**
 * The rating periods ("RAG 01/18") in which some action holds a rating, once per model: a 0 counts as
 * "not rated" only in a period that does hold ratings, and a period with none is reported once.
 * Worked out when first asked, which most plans (no rating columns, no 0s) never do.
 */
export const ratedPeriods = (model: PlanModel): ReadonlySet<string> =>
  cached(ratedPeriodsCache, model, buildRatedPeriods);

const ratingCellCache = new WeakMap<PlanModel, RatingCell[]>();

/**
 * The status and rating cells some rating rule may report, as they sit in the sheet: a 0
 * (date-serial-zero, rating-zero), a status cell of an action with no status (status-missing,
 * constraint-error), a filled rating cell no rating was read from (constraint-error). Each rule still
 * makes its own full test. A recorded status or rating is none of these, and on a large plan nearly
 * every cell is one: no object is made for it.
 */
export const ratingCellsToCheck = (snapshot: WorkbookSnapshot, model: PlanModel): RatingCell[] =>
  cached(ratingCellCache, model, () => collectRatingCells(snapshot, model));

const collectRatingCells = (snapshot: WorkbookSnapshot, model: PlanModel): RatingCell[] => {
  const cells: RatingCell[] = [];
  // Actions come table by table: the rating and status columns of the last table are kept at hand
  // rather than picked out of every column again for each action.
  let lastTable: DetectedTable | undefined;
  let ratingColumns: ColumnMapping[] = [];
  for (let i = 0; i < model.actions.length; i += 1) {
    const action = model.actions[i];
    if (action.placeholder) continue;
    const table = tableAt(model, action.sheet, action.row);
    if (!table) continue;
    if (table !== lastTable) {
      lastTable = table;
      ratingColumns = table.columns.filter((c) => c.field === "rating" || c.field === "status");
    }
    if (ratingColumns.length === 0) continue;
    const shift = shiftOf(model, action.sheet, action.row);
    for (let c = 0; c < ratingColumns.length; c += 1) {
      const column = ratingColumns[c];
      const at = column.column - shift;
      // Detection already made the CellRef of a status cell or a read rating: share it, not a copy.
      const read =
        column.field === "status"
          ? action.cells.status
          : action.ratings.find((r) => r.cell.column === at)?.cell;
      const isRead =
        read !== undefined &&
        read.sheet === action.sheet &&
        read.row === action.row &&
        read.column === at;
      const cell = isRead ? read : refIn(snapshot, action.sheet, action.row, at);
      // A rating read from this cell is recorded at its cell (constraint-error's test).
      if (
        cell.value !== 0 &&
        (column.field === "status"
          ? action.status
          : isBlank(cell.value) ||
            isRead ||
            action.ratings.some((r) => r.cell.row === cell.row && r.cell.column === cell.column))
      )
        continue;
      cells.push({
        action,
        period: column.period ?? column.header,
        cell,
        kind: column.field === "status" ? "status" : "rating",
      });
    }
  }
  return cells;
};
