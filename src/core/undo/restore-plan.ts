import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { UNDO_SHEET } from "../rag/write/owned-sheets";
import { err, ok, type Result } from "../result";
import type { SnapshotStamp } from "../snapshot/workbook-snapshot";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";
import { cellRectangles } from "./cell-rectangles";
import type { KeptCell, KeptCellState } from "./kept-cell";
import { MIXED_VALIDATION } from "./kept-validation";
import type { UndoRecord } from "./undo-record";
import { missingSheetSentence } from "./undo-sentences";
import { vetUndoRecord, type UndoScope } from "./vet-undo-record";

/** What undo needs to know of the workbook now: its sheets, and a stamp for the WritePlan. */
export interface WorkbookNow {
  sheetNames: readonly string[];
  stamp: SnapshotStamp;
  /** Where Plan Tracker writes in this plan by its mapping and tables, when the caller has read it. */
  scope?: UndoScope;
}

const stateOf = ({
  value,
  formula,
  numberFormat,
  fill,
  fontColour,
  bold,
  style,
  error,
  link,
  runs,
}: KeptCell): KeptCellState => ({
  value,
  formula,
  numberFormat,
  ...(fill !== undefined ? { fill } : {}),
  ...(fontColour !== undefined ? { fontColour } : {}),
  ...(bold !== undefined ? { bold } : {}),
  ...(style !== undefined ? { style } : {}),
  ...(error === true ? { error } : {}),
  ...(link !== undefined ? { link } : {}),
  ...(runs !== undefined ? { runs } : {}),
});

/** One restoreCells per rectangle of kept cells, each carrying what the run wrote (the guard). */
const restoreOps = (cells: readonly KeptCell[]): WriteOp[] => {
  const bySheet = new Map<string, Map<number, Map<number, KeptCell>>>();
  for (const cell of cells) {
    let columns = bySheet.get(cell.sheet);
    if (!columns) bySheet.set(cell.sheet, (columns = new Map()));
    let rows = columns.get(cell.column);
    if (!rows) columns.set(cell.column, (rows = new Map()));
    rows.set(cell.row, cell);
  }
  const ops: WriteOp[] = [];
  for (const [sheet, columns] of bySheet) {
    const at = (row: number, column: number): KeptCell | undefined => columns.get(column)?.get(row);
    for (const area of cellRectangles(
      new Map([...columns].map(([column, rows]) => [column, rows.keys()]))
    )) {
      const kept: KeptCellState[][] = [];
      const expected: CellValue[][] = [];
      for (let row = area.top; row <= area.bottom; row += 1) {
        const keptRow: KeptCellState[] = [];
        const expectedRow: CellValue[] = [];
        for (let column = area.left; column <= area.right; column += 1) {
          const cell = at(row, column);
          // Every cell of a rectangle is kept (cellRectangles covers exactly the kept cells).
          if (!cell) continue;
          keptRow.push(stateOf(cell));
          expectedRow.push(cell.written);
        }
        kept.push(keptRow);
        expected.push(expectedRow);
      }
      ops.push({
        kind: "restoreCells",
        sheet,
        topLeft: cellAddress(area.top, area.left),
        cells: kept,
        expected,
      });
    }
  }
  return ops;
};

/**
 * The WritePlan that undoes a run (docs/HISTORY.md#issue-6-3): every kept cell back exactly as it was, refused
 * cell by cell if someone has changed what the run wrote (so a co-author's later edit is never
 * overwritten); the highlighting rules the run added removed, newest first, leaving every other
 * rule, and the earlier highlighting it replaced laid back; each dropdown's range given back the validation it had (none, if it had none). The undo
 * sheet is cleared last, once everything is back, so an undo that fails part-way can be retried.
 */
export const restorePlan = (record: UndoRecord, now: WorkbookNow): Result<WritePlan, string> => {
  // Nothing is planned from a record that names what Plan Tracker never writes (vet-undo-record.ts).
  const vetted = vetUndoRecord(record, now.scope);
  if (!vetted.ok) return vetted;
  const present = new Set(now.sheetNames.map((name) => name.toLowerCase()));
  const sheets = [
    ...record.cells,
    ...record.rules,
    ...record.removedRules,
    ...record.validations,
  ].map((entry) => entry.sheet);
  const gone = sheets.find((sheet) => !present.has(sheet.toLowerCase()));
  if (gone !== undefined) return err(missingSheetSentence(gone, record.label));
  const ops: WriteOp[] = [
    ...restoreOps(record.cells),
    ...[...record.rules].reverse().map((added): WriteOp => ({
      kind: "removeConditionalFormat",
      sheet: added.sheet,
      range: added.range,
      rule: added.rule,
    })),
    // Then the earlier refresh's highlighting the run replaced, as it was (after the removals, so
    // a rule identical to one the run added is never taken for it).
    ...record.removedRules.map((removed): WriteOp => ({
      kind: "conditionalFormat",
      sheet: removed.sheet,
      range: removed.range,
      rule: removed.rule,
    })),
    ...[...record.validations].reverse().map((replaced): WriteOp => ({
      kind: "restoreValidation",
      sheet: replaced.sheet,
      range: replaced.range,
      rule: replaced.before === MIXED_VALIDATION ? null : replaced.before,
    })),
    { kind: "clearSheet", sheet: UNDO_SHEET },
  ];
  return ok({ basedOn: now.stamp, ops });
};

/** The ranges whose earlier dropdowns were a mix of rules: undo removes Plan Tracker's, but cannot rebuild those. */
export const unrestorableValidations = (record: UndoRecord): string[] =>
  record.validations
    .filter((replaced) => replaced.before === MIXED_VALIDATION)
    .map((replaced) => `${replaced.sheet}!${replaced.range}`);
