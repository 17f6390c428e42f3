import { cellAddress, rangeAddress } from "../../model/address";
import type { CellValue } from "../../model/cell-value";
import { cellAt } from "../../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import type { RagLevel } from "../../model/rag-level";
import type { DetectedTable, PlanModel } from "../../parse/plan-model";
import type { CellFormat, WriteOp } from "../../write-plan/write-plan";
import { type LevelSet, levelText } from "../level-presets";
import type { RagResult } from "../rate-plan";
import { isEmptyCell } from "./empty-cell";
import { quotedSheetName } from "../../owned/sheet-mark";
import { mergedStatusRows } from "./merged-status-cells";

const statusColumnOf = (table: DetectedTable): number | null =>
  table.columns.find((c) => c.field === "status")?.column ?? null;

/** The plan's own RAG/Status columns (BCP): the rating columns Plan Tracker may be asked to fill. */
export const statusColumns = (model: PlanModel): { table: DetectedTable; column: number }[] =>
  model.sheets.flatMap((sheet) =>
    sheet.tables.flatMap((table) => {
      const column = table.kind === "actions" && !table.completed ? statusColumnOf(table) : null;
      return column === null ? [] : [{ table, column }];
    })
  );

/** Which of the RAG column's action cells a write may change: every one (the mapping says the column is Plan Tracker's) or only those an owner left empty. */
export type OwnerCells = "all" | "empty";

/** One cell by sheet and A1 address, as a run reports it. */
export interface SheetCell {
  sheet: string;
  address: string;
}

/**
 * The RAG cells of one table a write would give a rating, split into those it may write and those
 * it leaves because they are merged with another field's cell (merged-status-cells.ts).
 */
const statusCellsOf = (
  sheet: SheetSnapshot,
  table: DetectedTable,
  column: number,
  result: RagResult,
  cells: OwnerCells
) => {
  const merged = mergedStatusRows(sheet, table, column);
  const written: { row: number; level: RagLevel }[] = [];
  const leftMerged: number[] = [];
  for (const { action, rating } of result.actions) {
    if (
      action.sheet !== table.sheet ||
      action.row < table.firstDataRow ||
      action.row > table.lastDataRow
    )
      continue;
    if (cells === "empty" && !isEmptyCell(sheet, action.row, column)) continue;
    if (merged.has(action.row)) leftMerged.push(action.row);
    else written.push({ row: action.row, level: rating.level });
  }
  return { written, leftMerged };
};

/** The RAG cells a write into the RAG column leaves as they are because each is merged with another column, in sheet order. */
export const statusCellsLeftMerged = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  result: RagResult,
  cells: OwnerCells
): SheetCell[] =>
  statusColumns(model).flatMap(({ table, column }) => {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet) return [];
    return statusCellsOf(sheet, table, column, result, cells)
      .leftMerged.sort((a, b) => a - b)
      .map((row) => ({ sheet: table.sheet, address: cellAddress(row, column) }));
  });

/**
 * Write refreshed ratings into the plan's RAG column as glyph + label with its fill, so a
 * colour-only column becomes a labelled one (docs/STATUSES.md rule 3): every action's cell when the
 * mapping makes the column Plan Tracker's, else only the cells no owner has rated ("empty"). One
 * block per table, not one write per cell (docs/EXCEL.md#limits); rows left out get null, which leaves
 * the cell as it is, and so do cells merged with another field's. Each block carries what was read,
 * so the executor writes nothing if a co-author changed it since (docs/EXCEL.md#coauthoring).
 */
export const statusColumnOps = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  result: RagResult,
  levels: LevelSet,
  colourOf: (level: RagLevel) => string | undefined,
  cells: OwnerCells = "all"
): WriteOp[] => {
  const ops: WriteOp[] = [];
  for (const { table, column } of statusColumns(model)) {
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    if (!sheet || table.lastDataRow < table.firstDataRow) continue;
    const rows = table.lastDataRow - table.firstDataRow + 1;
    const values: CellValue[][] = Array.from({ length: rows }, () => [null]);
    const fills: (string | null)[][] = Array.from({ length: rows }, () => [null]);
    const formats: (CellFormat | null)[][] = Array.from({ length: rows }, () => [null]);
    const expected: CellValue[][] = Array.from({ length: rows }, (_, i) => [
      cellAt(sheet, table.firstDataRow + i, column),
    ]);
    const { written } = statusCellsOf(sheet, table, column, result, cells);
    for (const { row, level } of written) {
      const i = row - table.firstDataRow;
      values[i] = [levelText(levels, level)];
      fills[i] = [colourOf(level) ?? levels[level].fill];
      formats[i] = [{ fontColour: levels[level].fontColour }];
    }
    if (written.length === 0) continue;
    const topLeft = cellAddress(table.firstDataRow, column);
    ops.push({ kind: "values", sheet: table.sheet, topLeft, values, expected });
    ops.push({ kind: "fills", sheet: table.sheet, topLeft, colours: fills });
    ops.push({ kind: "cellFormats", sheet: table.sheet, topLeft, formats });
  }
  return ops;
};

const LIST_LEVELS: RagLevel[] = ["red", "amber", "green", "blue", "done"];

/** A lists sheet with the plan's status words, and in-cell dropdowns on its RAG columns pointing at it. */
export const dropdownOps = (model: PlanModel, levels: LevelSet, listsSheet: string): WriteOp[] => {
  const columns = statusColumns(model);
  if (columns.length === 0) return [];
  const source = `${quotedSheetName(listsSheet)}!$A$2:$A$${LIST_LEVELS.length + 1}`;
  return [
    { kind: "ensureSheet", sheet: listsSheet, mark: "lists" },
    { kind: "clearSheet", sheet: listsSheet },
    {
      kind: "values",
      sheet: listsSheet,
      topLeft: "A1",
      values: [["RAG status"], ...LIST_LEVELS.map((level) => [levelText(levels, level)])],
    },
    ...columns
      .filter(({ table }) => table.lastDataRow >= table.firstDataRow)
      .map(({ table, column }): WriteOp => ({
        kind: "listValidation",
        sheet: table.sheet,
        range: rangeAddress({
          top: table.firstDataRow,
          bottom: table.lastDataRow,
          left: column,
          right: column,
        }),
        source,
      })),
  ];
};
