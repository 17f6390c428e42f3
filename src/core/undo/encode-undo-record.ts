import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { UNDO_SHEET } from "../rag/write/owned-sheets";
import type { WriteOp } from "../write-plan/write-plan";
import type { KeptCell } from "./kept-cell";
import type { UndoRecord } from "./undo-record";
import { splitLongText } from "./long-text-rows";
import { encodeValueDetail } from "./value-detail";
import { checkOf } from "./undo-check";
import {
  AUTOMATIC_COLOUR,
  CHECK,
  ENTRY_CELL,
  ENTRY_DROPDOWN,
  ENTRY_REMOVED_RULE,
  ENTRY_RULE,
  ENTRY_WROTE,
  FORMAT_VERSION,
  HEADER,
  NO_FILL,
  NOTE,
  NOTE_LABEL,
  RUN_LABEL,
  TAKEN_AT,
  TITLE,
} from "./undo-sheet-layout";

const width = HEADER.length;
const row = (...cells: CellValue[]): CellValue[] =>
  Array.from({ length: width }, (_, i) => cells[i] ?? null);
const text = (value: string | null | undefined): CellValue =>
  value === undefined || value === null || value === "" ? null : value;

const colour = (value: string | null | undefined, none: string): CellValue =>
  value === undefined ? null : value === null ? none : value.toUpperCase();

const cellRow = (cell: KeptCell): CellValue[] =>
  row(
    ENTRY_CELL,
    cell.sheet,
    cellAddress(cell.row, cell.column),
    cell.value === "" ? null : cell.value,
    text(cell.formula),
    cell.numberFormat,
    colour(cell.fill, NO_FILL),
    colour(cell.fontColour, AUTOMATIC_COLOUR),
    cell.bold ?? null,
    cell.written === "" ? null : cell.written,
    encodeValueDetail(cell)
  );

// An entry that is a thing other than a cell (a highlighting rule, a dropdown): its sheet and range,
// and the thing itself as JSON in the Detail column; the cell columns between stay blank.
const DETAIL = HEADER.indexOf("Detail");
const thingRow = (entry: string, sheet: string, range: string, thing: unknown): CellValue[] => {
  const cells = row(entry, sheet, range);
  cells[DETAIL] = JSON.stringify(thing);
  return cells;
};

const logicalRows = (record: UndoRecord): CellValue[][] => [
  ...record.cells.map(cellRow),
  ...record.rules.map((added) => thingRow(ENTRY_RULE, added.sheet, added.range, added.rule)),
  ...record.removedRules.map((removed) =>
    thingRow(ENTRY_REMOVED_RULE, removed.sheet, removed.range, removed.rule)
  ),
  ...record.validations.map((replaced) =>
    thingRow(ENTRY_DROPDOWN, replaced.sheet, replaced.range, replaced.before)
  ),
];

/**
 * The entries (everything under the headings), the part the check value covers: the ranges the run
 * wrote first, then each kept thing, a long text going on in "continued" rows below its entry.
 */
export const entryRows = (record: UndoRecord): CellValue[][] =>
  [
    ...(record.written ?? []).map((written) => row(ENTRY_WROTE, written.sheet, written.range)),
    ...logicalRows(record),
  ].flatMap((entry) => splitLongText(entry));

/** The record as the sheet's rows from A1 (blank cells are null): header rows, headings, entries. */
export const encodeUndoRecord = (record: UndoRecord): CellValue[][] => {
  const entries = entryRows(record);
  return [
    row(TITLE, FORMAT_VERSION),
    row(RUN_LABEL, record.label),
    row(TAKEN_AT, record.takenAt),
    row(CHECK, checkOf(record.label, record.takenAt, entries)),
    row(NOTE_LABEL, NOTE),
    row(),
    row(...HEADER),
    ...entries,
  ];
};

/** Write the record into the undo sheet, replacing the last one (written before the run's own changes). */
export const undoRecordOps = (record: UndoRecord): WriteOp[] => [
  { kind: "ensureSheet", sheet: UNDO_SHEET },
  { kind: "clearSheet", sheet: UNDO_SHEET },
  { kind: "values", sheet: UNDO_SHEET, topLeft: "A1", values: encodeUndoRecord(record) },
];
