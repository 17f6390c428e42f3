import type { Workbook, Worksheet } from "exceljs";
import { conditionalFormattingsOf, isRecord } from "../remove-conditional-format";
import { sheetMarks } from "../sheet-marks";

/**
 * What Plan Tracker changed in a workbook, sheet by sheet: the workbook as it is now, compared with
 * the same package read again as it was opened. Found by comparison rather than by listing what
 * each write did, so that every way of writing — a write plan, the undo record kept beside it,
 * Undo last run — is covered alike, and a cell written back to exactly what it held is no change.
 */
export interface SheetChanges {
  name: string;
  /** A sheet Plan Tracker added or owns (marked): written whole from the new package. */
  whole: boolean;
  /** Row → columns whose cell changed (value, formula, style, note …). */
  cells: Map<number, Set<number>>;
  /** Rows whose height or hidden state changed. */
  rows: Set<number>;
  /** Conditional-format rules taken off and put on, each by its identity (formatKey). */
  formats: { removed: string[]; added: string[] };
  validation: boolean;
  columns: boolean;
  /** Other children of the worksheet part that changed, carried over whole ("mergeCells", "sheetViews" …). */
  elements: Set<string>;
  /** What changed that cannot be carried into the council's part (said in the refusal). */
  refused: string[];
}

export interface WorkbookChanges {
  sheets: SheetChanges[];
  /** Plan Tracker's marks (workbook names "PlanTracker.…") changed. */
  marks: boolean;
}

const internal = (worksheet: Worksheet, key: string): unknown => Reflect.get(worksheet, key);

const rowsOf = (worksheet: Worksheet): Map<number, unknown> => {
  const rows = new Map<number, unknown>();
  const all = internal(worksheet, "_rows");
  if (!Array.isArray(all)) return rows;
  all.forEach((row: unknown, index: number) => {
    if (isRecord(row)) rows.set(index + 1, row);
  });
  return rows;
};

interface RowShape {
  model: Record<string, unknown>;
  json: string;
  shape: string;
}

const rowShape = (row: unknown): RowShape | null => {
  const model: unknown = isRecord(row) ? Reflect.get(row, "model") : null;
  if (!isRecord(model)) return null;
  return {
    model,
    json: JSON.stringify(model),
    shape: JSON.stringify([model.height ?? null, model.hidden ?? false]),
  };
};

/** A changed row's cells by column, each as text to compare (only built for rows that differ). */
const cellsOf = (shape: RowShape | null): Map<number, string> => {
  const cells = new Map<number, string>();
  const list: unknown = shape?.model.cells;
  if (!Array.isArray(list)) return cells;
  for (const cell of list as unknown[]) {
    if (!isRecord(cell) || typeof cell.address !== "string") continue;
    const column = /^([A-Z]+)/.exec(cell.address)?.[1] ?? "";
    let number = 0;
    for (const letter of column) number = number * 26 + letter.charCodeAt(0) - 64;
    cells.set(number, JSON.stringify(cell));
  }
  return cells;
};

const changedCells = (before: Worksheet, after: Worksheet, change: SheetChanges): void => {
  const old = rowsOf(before);
  const now = rowsOf(after);
  for (const number of new Set([...old.keys(), ...now.keys()])) {
    const a = rowShape(old.get(number));
    const b = rowShape(now.get(number));
    if (a?.json === b?.json) continue;
    if ((a?.shape ?? "[null,false]") !== (b?.shape ?? "[null,false]")) change.rows.add(number);
    const [x, y] = [cellsOf(a), cellsOf(b)];
    const columns = new Set<number>();
    for (const column of new Set([...x.keys(), ...y.keys()]))
      if (x.get(column) !== y.get(column)) columns.add(column);
    if (columns.size > 0) change.cells.set(number, columns);
  }
};

/**
 * A conditional-format rule's identity: its range, type and formulas. The same key is computed from
 * the file's XML (edit-sheet.ts), so the rules Plan Tracker took off or put on are found there.
 */
export const formatKey = (ref: string, type: string, formulas: readonly string[]): string =>
  JSON.stringify([ref.trim().split(/\s+/).join(" "), type, formulas]);

const formatKeys = (worksheet: Worksheet): string[] => {
  const keys: string[] = [];
  for (const entry of conditionalFormattingsOf(worksheet) ?? []) {
    if (!isRecord(entry) || !Array.isArray(entry.rules) || typeof entry.ref !== "string") continue;
    for (const rule of entry.rules as unknown[]) {
      if (!isRecord(rule)) continue;
      const formulas = Array.isArray(rule.formulae) ? (rule.formulae as unknown[]).map(String) : [];
      keys.push(formatKey(entry.ref, String(rule.type), formulas));
    }
  }
  return keys;
};

/** `a` without one occurrence of each of `b` (multisets of keys). */
const without = (a: readonly string[], b: readonly string[]): string[] => {
  const left = [...b];
  return a.filter((key) => {
    const at = left.indexOf(key);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
};

const validations = (worksheet: Worksheet): string => {
  const holder = internal(worksheet, "dataValidations");
  return JSON.stringify(isRecord(holder) ? Reflect.get(holder, "model") : null);
};

const columns = (worksheet: Worksheet): string => {
  const list = internal(worksheet, "_columns");
  if (!Array.isArray(list)) return "[]";
  return JSON.stringify(
    (list as unknown[]).map((column) =>
      isRecord(column)
        ? [
            Reflect.get(column, "width"),
            Reflect.get(column, "hidden"),
            Reflect.get(column, "outlineLevel"),
            Reflect.get(column, "style"),
          ]
        : null
    )
  );
};

/** The worksheet's other children, compared by what exceljs read of them; each changed one is carried over whole. */
const wholeElements = (worksheet: Worksheet): Record<string, string> => {
  const merges = internal(worksheet, "_merges");
  return {
    mergeCells: JSON.stringify(isRecord(merges) ? Object.keys(merges).sort() : []),
    sheetViews: JSON.stringify(worksheet.views ?? []),
    pageSetup: JSON.stringify([
      worksheet.pageSetup,
      worksheet.headerFooter,
      internal(worksheet, "rowBreaks") ?? null,
    ]),
    autoFilter: JSON.stringify(internal(worksheet, "autoFilter") ?? null),
  };
};

const sheetChanges = (
  before: Worksheet | undefined,
  after: Worksheet,
  owned: boolean
): SheetChanges | null => {
  const change: SheetChanges = {
    name: after.name,
    whole: before === undefined,
    cells: new Map(),
    rows: new Set(),
    formats: { removed: [], added: [] },
    validation: false,
    columns: false,
    elements: new Set(),
    refused: [],
  };
  if (before === undefined) return change;
  changedCells(before, after, change);
  const [a, b] = [formatKeys(before), formatKeys(after)];
  change.formats = { removed: without(a, b), added: without(b, a) };
  change.validation = validations(before) !== validations(after);
  change.columns = columns(before) !== columns(after);
  const [x, y] = [wholeElements(before), wholeElements(after)];
  for (const key of Object.keys(x)) if (x[key] !== y[key]) change.elements.add(key);
  if (before.state !== after.state) change.refused.push("visibility");
  const any =
    change.cells.size > 0 ||
    change.rows.size > 0 ||
    change.formats.removed.length + change.formats.added.length > 0 ||
    change.validation ||
    change.columns ||
    change.elements.size > 0 ||
    change.refused.length > 0;
  if (!any) return null;
  // Plan Tracker's own sheets are written whole: everything on them is Plan Tracker's to write.
  if (owned) return { ...change, whole: true };
  return change;
};

const marksOf = (workbook: Workbook): string =>
  JSON.stringify(
    workbook.definedNames.model
      .filter((entry) => entry.name.toLowerCase().startsWith("plantracker."))
      .map((entry) => [entry.name, entry.ranges])
      .sort()
  );

/** What differs between the workbook as opened (`before`, read again) and as it is now. */
export const workbookChanges = (before: Workbook, after: Workbook): WorkbookChanges => {
  const owned = sheetMarks(after);
  const sheets: SheetChanges[] = [];
  for (const worksheet of after.worksheets) {
    const change = sheetChanges(
      before.getWorksheet(worksheet.name),
      worksheet,
      owned.has(worksheet.name.toLowerCase())
    );
    if (change !== null) sheets.push(change);
  }
  return { sheets, marks: marksOf(before) !== marksOf(after) };
};
