import type { Cell, Workbook, Worksheet } from "exceljs";
import type { ApplyReport, GatewayError } from "../core/gateway";
import { cellAddress, parseCellAddress, parseRangeAddress, qualifiedAddress, type RangeArea } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import { err, ok, type Result } from "../core/result";
import type { CfRule, WriteOp, WritePlan } from "../core/write-plan/write-plan";
import { applyCellFormat, applyColumnWidths, applyFreezePanes, applyPageSetup, toSqref } from "./apply-layout";
import { ownStyle, writeCellState } from "./cell-state";
import { refusedWriteSentence, writeOpProblem } from "../core/write-plan/write-op-problem";
import { PendingCharts } from "./charts/pending-charts";
import { clearValidation, restoreValidation } from "./data-validations";
import { EXCEL_MAX_CELL_CHARACTERS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./excel-limits";
import { keepUndo } from "./keep-undo";
import { markSheet } from "./sheet-marks";
import { normaliseCellValue } from "./read-cell-value";
import { clearOwnHighlighting, ownHighlighting } from "./own-highlighting";
import { removeConditionalFormat } from "./remove-conditional-format";

/**
 * The .xlsx executor: applies a WritePlan to the in-memory exceljs workbook with the same meaning
 * the Office.js executor gives it ("null and empty strings in the Excel JavaScript APIs"):
 * - in a 2-D block, `null` leaves that cell as it is; `""` clears the value (values), resets the
 *   format to General (numberFormats) or removes the fill (fills);
 * - a string is always written as text, even one starting with = + - @ (never a formula: a plan
 *   cell such as "=HYPERLINK(...)" typed by a council must not run);
 * - ops run in plan order (the core puts number formats before values, docs/EXCEL.md#reading-and-writing; in exceljs the
 *   order does not change the result, but keeping it means both executors do the same thing).
 * Everything is checked before anything is changed: missing or protected sheets, Excel's limits and
 * the `expected` values a co-author may have changed since the read (docs/EXCEL.md#coauthoring).
 */

type ChangedCell = { sheet: string; address: string };

const fail = (kind: GatewayError["kind"], message: string, extra: Partial<GatewayError> = {}): Result<never, GatewayError> => err({ kind, message, ...extra });

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;
const isHexColour = (text: string): boolean => /^#?[0-9A-Fa-f]{6}$/.test(text);

/** The rectangle a 2-D block covers when written from `topLeft`. */
const blockArea = (topLeft: string, rows: readonly (readonly unknown[])[]): RangeArea | null => {
  const origin = parseCellAddress(topLeft);
  if (!origin) return null;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return { top: origin.row, left: origin.column, bottom: origin.row + Math.max(rows.length, 1) - 1, right: origin.column + Math.max(width, 1) - 1 };
};

/** The smallest rectangle holding every area of "C37,E37,G37"; null if any area is not a range. */
const boundingArea = (range: string): RangeArea | null => {
  const areas = range.split(",").map((part) => parseRangeAddress(part.trim().replace(/\$/g, "")));
  if (areas.length === 0 || areas.some((area) => area === null)) return null;
  const known = areas.filter((area): area is RangeArea => area !== null);
  return {
    top: Math.min(...known.map((a) => a.top)),
    left: Math.min(...known.map((a) => a.left)),
    bottom: Math.max(...known.map((a) => a.bottom)),
    right: Math.max(...known.map((a) => a.right)),
  };
};

/** The cells an operation touches, to check against Excel's grid; null where it touches no cell range. */
const opArea = (op: WriteOp): RangeArea | null | "none" => {
  switch (op.kind) {
    case "ensureSheet":
    case "clearSheet":
    case "clearHighlighting":
    case "columnWidths":
    case "freezePanes":
    case "pageSetup":
      return "none";
    case "numberFormats":
      return blockArea(op.topLeft, op.formats);
    case "values":
      return blockArea(op.topLeft, op.values);
    case "fills":
      return blockArea(op.topLeft, op.colours);
    case "cellFormats":
      return blockArea(op.topLeft, op.formats);
    case "conditionalFormat":
      return boundingArea(op.range);
    case "listValidation":
      return parseRangeAddress(op.range);
    case "chart":
      return parseRangeAddress(op.chart.source.replace(/\$/g, ""));
    case "restoreCells":
      return blockArea(op.topLeft, op.cells);
    case "removeConditionalFormat":
      return boundingArea(op.range);
    case "restoreValidation":
      return parseRangeAddress(op.range.replace(/\$/g, ""));
  }
};

const isProtected = (worksheet: Worksheet): boolean => {
  const protection: unknown = Reflect.get(worksheet, "sheetProtection");
  return typeof protection === "object" && protection !== null && Boolean(Reflect.get(protection, "sheet"));
};

/** Everything that would make the plan fail part-way, found before the first change. */
const checkPlan = (workbook: Workbook, plan: WritePlan): Result<true, GatewayError> => {
  const sheets = new Set(workbook.worksheets.map((w) => w.name));
  for (const op of plan.ops) {
    if (op.kind === "ensureSheet") {
      if (!/^[^:\\/?*[\]]{1,31}$/.test(op.sheet) || op.sheet.startsWith("'") || op.sheet.endsWith("'")) {
        return fail("host-error", `Plan Tracker cannot add a sheet called '${op.sheet}': Excel sheet names are 1 to 31 characters without : \\ / ? * [ ].`);
      }
      sheets.add(op.sheet);
      continue;
    }
    if (!sheets.has(op.sheet)) return fail("host-error", `There is no sheet called '${op.sheet}' in this workbook to write to.`, { sheet: op.sheet });
    const worksheet = workbook.getWorksheet(op.sheet);
    // Taking nothing off a sheet changes nothing there, so its protection does not matter.
    const changes = op.kind !== "clearHighlighting" || (worksheet !== undefined && ownHighlighting(worksheet).length > 0);
    if (worksheet && changes && isProtected(worksheet)) {
      return fail("protected-sheet", `The sheet '${op.sheet}' is protected, so nothing was changed; unprotect it in Excel (Review > Unprotect Sheet) and try again.`, { sheet: op.sheet });
    }
    const area = opArea(op);
    if (!area) return fail("host-error", `Plan Tracker tried to write to an address it could not read on the sheet '${op.sheet}'; nothing was changed.`, { sheet: op.sheet });
    if (area !== "none" && (area.bottom > EXCEL_MAX_ROWS || area.right > EXCEL_MAX_COLUMNS)) {
      return fail("too-large", `Plan Tracker's changes to the sheet '${op.sheet}' would run past Excel's last row or column; nothing was changed.`, { sheet: op.sheet });
    }
    if (op.kind === "values") {
      for (const row of op.values) {
        for (const value of row) {
          if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARACTERS) {
            return fail("too-large", `A value for the sheet '${op.sheet}' is longer than Excel's 32,767 characters; nothing was changed.`, { sheet: op.sheet });
          }
        }
      }
    }
    if (op.kind === "fills") {
      for (const row of op.colours) for (const colour of row) if (colour && !isHexColour(colour)) return fail("host-error", `'${colour}' is not a colour Plan Tracker can fill a cell with; nothing was changed.`, { sheet: op.sheet });
    }
    // Excel's limits on the plan itself, checked exactly as the Office.js executor checks them.
    const problem = writeOpProblem(op);
    if (problem !== null) return fail("host-error", refusedWriteSentence(problem), { sheet: op.sheet });
  }
  return ok(true);
};

/** What a cell shows now, in the same terms as the snapshot that was read. */
const currentValue = (worksheet: Worksheet | undefined, row: number, column: number): CellValue => {
  const cell = worksheet?.findCell(row, column);
  if (!cell || (cell.isMerged && cell.master !== cell)) return null;
  return normaliseCellValue(cell.value);
};

const holdsFormula = (worksheet: Worksheet | undefined, row: number, column: number): boolean => {
  const value: unknown = worksheet?.findCell(row, column)?.value;
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
};

const sameValue = (a: CellValue, b: CellValue): boolean => {
  const blank = (v: CellValue) => v === null || v === "";
  return (blank(a) && blank(b)) || a === b;
};

/** Cells whose `expected` value is no longer there: a co-author (or another plan) changed them. */
const changedCells = (workbook: Workbook, plan: WritePlan): ChangedCell[] => {
  const changed: ChangedCell[] = [];
  for (const op of plan.ops) {
    if ((op.kind !== "values" && op.kind !== "restoreCells") || !op.expected) continue;
    const origin = parseCellAddress(op.topLeft);
    if (!origin) continue;
    const worksheet = workbook.getWorksheet(op.sheet);
    op.expected.forEach((row, r) =>
      row.forEach((expected, c) => {
        if (expected === undefined) return;
        const now = currentValue(worksheet, origin.row + r, origin.column + c);
        // Plan Tracker writes values, never formulas: a formula where undo would put a cell back was not its writing (docs/HISTORY.md#issue-12-5).
        const formulaNow = op.kind === "restoreCells" && holdsFormula(worksheet, origin.row + r, origin.column + c);
        if (formulaNow || !sameValue(now, expected)) changed.push({ sheet: op.sheet, address: cellAddress(origin.row + r, origin.column + c) });
      }),
    );
  }
  return changed;
};

const describeChanged = (changed: ChangedCell[]): GatewayError => {
  const oneSheet = changed.every((c) => c.sheet === changed[0].sheet);
  const cells = changed.map((c) => (oneSheet ? c.address : qualifiedAddress(c.sheet, c.address)));
  const shown = cells.length > 5 ? `${cells.slice(0, 5).join(", ")} and ${cells.length - 5} more` : cells.join(", ");
  const where = oneSheet ? ` on the sheet '${changed[0].sheet}'` : "";
  return {
    kind: "changed-since-read",
    message: `${changed.length === 1 ? "A cell has" : `${changed.length} cells have`} changed since Plan Tracker read the workbook (${shown}${where}), so nothing was written; check again and retry.`,
    ...(oneSheet ? { sheet: changed[0].sheet } : {}),
    cells,
  };
};

const forEachInBlock = <T>(topLeft: string, rows: readonly (readonly T[])[], visit: (row: number, column: number, item: T) => void): void => {
  const origin = parseCellAddress(topLeft);
  if (!origin) return;
  rows.forEach((row, r) => row.forEach((item, c) => visit(origin.row + r, origin.column + c, item)));
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
const addConditionalFormat = (worksheet: Worksheet, range: string, rule: CfRule, priority: number): void => {
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
  add(address: string, validation: { type: "list"; allowBlank: boolean; formulae: string[]; showErrorMessage: boolean }): void;
}

const isDataValidations = (candidate: unknown): candidate is DataValidationsLike =>
  typeof candidate === "object" && candidate !== null && typeof Reflect.get(candidate, "add") === "function";

/** exceljs has `worksheet.dataValidations` at run time but not in its typings; narrow it. */
const dataValidationsOf = (worksheet: Worksheet): DataValidationsLike | null => {
  const candidate: unknown = Reflect.get(worksheet, "dataValidations");
  return isDataValidations(candidate) ? candidate : null;
};

const applyOp = (workbook: Workbook, op: WriteOp, index: number, charts: PendingCharts): void => {
  if (op.kind === "ensureSheet") {
    if (!workbook.getWorksheet(op.sheet)) workbook.addWorksheet(op.sheet);
    if (op.mark !== undefined) markSheet(workbook, op.mark, op.sheet);
    return;
  }
  const worksheet = workbook.getWorksheet(op.sheet);
  if (!worksheet) return; // checkPlan refused this already
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
      forEachInBlock(op.topLeft, op.values, (row, column, value) => writeValue(worksheet.getCell(row, column), value));
      return;
    case "fills":
      forEachInBlock(op.topLeft, op.colours, (row, column, colour) => {
        if (colour === null) return;
        const cell = worksheet.getCell(row, column);
        ownStyle(cell);
        cell.fill = colour === "" ? { type: "pattern", pattern: "none" } : { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour) } };
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
      dataValidationsOf(worksheet)?.add(op.range.replace(/\$/g, ""), { type: "list", allowBlank: true, formulae: [op.source.replace(/^=/, "")], showErrorMessage: true });
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
      forEachInBlock(op.topLeft, op.cells, (row, column, state) => writeCellState(worksheet.getCell(row, column), state));
      return;
    case "removeConditionalFormat":
      removeConditionalFormat(worksheet, op.range, op.rule);
      return;
    case "restoreValidation":
      restoreValidation(worksheet, op.range, op.rule);
      return;
  }
};

export interface ApplyOptions {
  /**
   * Keep what the plan overwrites in sheets Plan Tracker does not own, in its undo sheet, before
   * writing (docs/HISTORY.md#issue-6-3); the time stamps the record. Absent for undo itself.
   */
  keepUndo?: { takenAt: string };
}

/**
 * Applies the whole plan in order, or nothing at all when a check fails. Charts go to `charts`,
 * which the gateway's save() writes into the file. With `keepUndo`, the undo record is written
 * first, checked like the rest.
 */
export const applyWritePlan = (
  workbook: Workbook,
  asked: WritePlan,
  onProgress?: (done: number, total: number) => void,
  charts: PendingCharts = new PendingCharts(),
  options: ApplyOptions = {},
): Result<ApplyReport, GatewayError> => {
  const checked = checkPlan(workbook, asked);
  if (!checked.ok) return checked;
  // Read only once the plan is known to fit the grid; the record's own ops are checked like the rest.
  const undoOps = options.keepUndo ? keepUndo(workbook, asked, options.keepUndo.takenAt) : [];
  const plan = undoOps.length > 0 ? { ...asked, ops: [...undoOps, ...asked.ops] } : asked;
  const recordChecked = undoOps.length > 0 ? checkPlan(workbook, plan) : checked;
  if (!recordChecked.ok) return recordChecked;
  const changed = changedCells(workbook, plan);
  if (changed.length > 0) return err(describeChanged(changed));
  const total = asked.ops.length;
  try {
    plan.ops.forEach((op, index) => {
      applyOp(workbook, op, index - undoOps.length, charts);
      // Progress counts the plan's own operations; the undo record is written before them.
      if (index >= undoOps.length) onProgress?.(index - undoOps.length + 1, total);
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail("host-error", `Plan Tracker could not finish changing the workbook (${reason}); the file on disk has not been touched.`);
  }
  return ok({ opsApplied: total, syncs: 0 });
};
