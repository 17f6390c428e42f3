import type { Cell, Workbook, Worksheet } from "exceljs";
import { parseCellAddress } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import type { CfRule, WriteOp } from "../core/write-plan/write-plan";
import {
  applyCellFormat,
  applyColumnWidths,
  applyFreezePanes,
  applyPageSetup,
  toSqref,
} from "./apply-layout";
import { ownStyle, writeCellState } from "./cell-state";
import type { PendingCharts } from "./charts/pending-charts";
import { clearValidation, restoreValidation } from "./data-validations";
import { clearOwnHighlighting } from "./own-highlighting";
import { removeConditionalFormat } from "./remove-conditional-format";
import { markSheet } from "./sheet-marks";
import { worksheetNamed } from "./worksheet-named";

/**
 * Writing one WritePlan operation into the exceljs workbook with the meaning the Office.js executor
 * gives it ("null and empty strings in the Excel JavaScript APIs"):
 * - in a 2-D block, `null` leaves that cell as it is; `""` clears the value (values), resets the
 *   format to General (numberFormats) or removes the fill (fills);
 * - a string is always written as text, even one starting with = + - @ (never a formula: a plan
 *   cell such as "=HYPERLINK(...)" typed by a council must not run).
 */

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const forEachInBlock = <T>(
  topLeft: string,
  rows: readonly (readonly T[])[],
  visit: (row: number, column: number, item: T) => void
): void => {
  const origin = parseCellAddress(topLeft);
  if (!origin) return;
  rows.forEach((row, r) =>
    row.forEach((item, c) => visit(origin.row + r, origin.column + c, item))
  );
};

/** Unmerges, then empties every cell of its value and format; the sheet itself stays (undo history in Excel). */
const clearWorksheet = (worksheet: Worksheet): void => {
  const masters = new Set<Cell>();
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.findCell(c);
      if (cell?.isMerged) masters.add(cell.master);
    }
  }
  for (const master of masters) worksheet.unMergeCells(master.address);
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c += 1) {
      const cell = row.findCell(c);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
  // Excel's Clear (All) takes conditional formats with the other formats.
  worksheet.removeConditionalFormatting(() => false);
};

const writeValue = (cell: Cell, value: CellValue): void => {
  if (value === null) return; // Office.js: null in a 2-D array leaves the cell unchanged
  // A string is stored as a string cell, so exceljs never turns "=…" into a formula.
  cell.value = value === "" ? null : value;
};

/**
 * One rule over the range. Several areas ("C37,E37,G37") become one sqref with spaces, and the
 * formula stays written for the first area's top-left cell, which is how SpreadsheetML resolves a
 * rule's relative references (the first cell of its sqref).
 */
const addConditionalFormat = (
  worksheet: Worksheet,
  range: string,
  rule: CfRule,
  priority: number
): void => {
  worksheet.addConditionalFormatting({
    ref: toSqref(range),
    rules: [
      {
        type: "expression",
        priority: rule.priority ?? priority,
        // SpreadsheetML stores the formula without its leading "=".
        formulae: [rule.formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          ...(rule.fontColour ? { font: { color: { argb: argb(rule.fontColour) } } } : {}),
        },
      },
    ],
  });
};

interface DataValidationsLike {
  add(
    address: string,
    validation: { type: "list"; allowBlank: boolean; formulae: string[]; showErrorMessage: boolean }
  ): void;
}

const isDataValidations = (candidate: unknown): candidate is DataValidationsLike =>
  typeof candidate === "object" &&
  candidate !== null &&
  typeof Reflect.get(candidate, "add") === "function";

/** exceljs has `worksheet.dataValidations` at run time but not in its typings; narrow it. */
const dataValidationsOf = (worksheet: Worksheet): DataValidationsLike | null => {
  const candidate: unknown = Reflect.get(worksheet, "dataValidations");
  return isDataValidations(candidate) ? candidate : null;
};

/**
 * One operation on the in-memory workbook; `index` is its place in the plan, which numbers the
 * priority of a conditional format that has none. A sheet is found as Excel finds it, ignoring case.
 */
export const applyOp = (
  workbook: Workbook,
  op: WriteOp,
  index: number,
  charts: PendingCharts
): void => {
  if (op.kind === "ensureSheet") {
    const name = worksheetNamed(workbook, op.sheet)?.name ?? workbook.addWorksheet(op.sheet).name;
    if (op.mark !== undefined) markSheet(workbook, op.mark, name);
    return;
  }
  const worksheet = worksheetNamed(workbook, op.sheet);
  if (!worksheet) return; // the sheet check refused this already (check-write-plan.ts)
  switch (op.kind) {
    case "clearSheet":
      clearWorksheet(worksheet);
      // Charts are the sheet's too: a rebuilt board report must not keep the last run's.
      charts.clearSheet(op.sheet);
      return;
    case "numberFormats":
      forEachInBlock(op.topLeft, op.formats, (row, column, format) => {
        if (format === null || format === undefined) return;
        const cell = worksheet.getCell(row, column);
        ownStyle(cell);
        cell.numFmt = format === "" ? "General" : format;
      });
      return;
    case "values":
      forEachInBlock(op.topLeft, op.values, (row, column, value) =>
        writeValue(worksheet.getCell(row, column), value)
      );
      return;
    case "fills":
      forEachInBlock(op.topLeft, op.colours, (row, column, colour) => {
        if (colour === null) return;
        const cell = worksheet.getCell(row, column);
        ownStyle(cell);
        cell.fill =
          colour === ""
            ? { type: "pattern", pattern: "none" }
            : { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour) } };
      });
      return;
    case "conditionalFormat":
      addConditionalFormat(worksheet, op.range, op.rule, index + 1);
      return;
    case "clearHighlighting":
      // The plan puts this before the run's own rules, so only earlier refreshes' come off.
      clearOwnHighlighting(worksheet);
      return;
    case "listValidation":
      // One rule over the whole range, replacing what the cells had (as Excel's clear() then set);
      // SpreadsheetML keeps the source formula without "=".
      clearValidation(worksheet, op.range);
      dataValidationsOf(worksheet)?.add(op.range.replace(/\$/g, ""), {
        type: "list",
        allowBlank: true,
        formulae: [op.source.replace(/^=/, "")],
        showErrorMessage: true,
      });
      return;
    case "cellFormats":
      forEachInBlock(op.topLeft, op.formats, (row, column, format) => {
        if (format === null) return;
        const cell = worksheet.getCell(row, column);
        ownStyle(cell);
        applyCellFormat(cell, format);
      });
      return;
    case "columnWidths":
      applyColumnWidths(worksheet, op);
      return;
    case "freezePanes":
      applyFreezePanes(worksheet, op);
      return;
    case "pageSetup":
      applyPageSetup(worksheet, op);
      return;
    case "chart":
      // exceljs has no charts: kept until save() writes them into the package (charts/inject-charts.ts).
      charts.add(op.sheet, op.chart);
      return;
    case "restoreCells":
      forEachInBlock(op.topLeft, op.cells, (row, column, state) =>
        writeCellState(worksheet.getCell(row, column), state)
      );
      return;
    case "removeConditionalFormat":
      removeConditionalFormat(worksheet, op.range, op.rule);
      return;
    case "restoreValidation":
      restoreValidation(worksheet, op.range, op.rule);
      return;
  }
};
