/* global Excel */
import { rangeAddress, type RangeArea } from "../core/model/address";
import type { BeforeRun } from "../core/undo/build-undo-record";
import type { KeptCellState } from "../core/undo/kept-cell";
import type { ValidationBefore } from "../core/undo/kept-validation";
import type { UndoTargets } from "../core/undo/undo-targets";
import type { ExcelApiSupport } from "./capabilities";
import { rangeOpArea } from "./op-area";
import { toCellValue } from "./snapshot-cells";
import { keptValidationOf } from "./validation-rule";

/**
 * Reading what a run will overwrite in the council's own sheets, for Undo last run (issue #6 §3):
 * values, formulas and number formats (ExcelApi 1.1), fill and font with getCellProperties (1.9),
 * and the validation on each dropdown's range (1.8). The loads are queued in groups of about
 * `budget` response bytes; the caller syncs once per group, and the first group rides on the
 * co-author re-read's sync, so a RAG refresh costs no extra round trip.
 */

/** Response bytes per cell, generous: value and formula (~20 characters each), format, fill and font. */
const BYTES_PER_CELL = 250;
const BYTES_PER_VALIDATION = 1_000;

interface Piece {
  sheet: string;
  area: RangeArea;
}

const cellsIn = (area: RangeArea): number => (area.bottom - area.top + 1) * (area.right - area.left + 1);

/** Cut areas into row slices of at most `budget` bytes each. */
const slices = (targets: UndoTargets, budget: number): Piece[] => {
  const rowsPerSlice = (area: RangeArea) => Math.max(1, Math.floor(budget / (BYTES_PER_CELL * (area.right - area.left + 1))));
  const pieces: Piece[] = [];
  for (const { sheet, area } of targets.cells) {
    const step = rowsPerSlice(area);
    for (let top = area.top; top <= area.bottom; top += step) pieces.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + step - 1) } });
  }
  return pieces;
};

interface Loaded {
  piece: Piece;
  range: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

const key = (sheet: string, row: number, column: number): string => `${sheet}\u0000${row}\u0000${column}`;

const NOT_READ: KeptCellState = { value: null, formula: null, numberFormat: "General" };

export interface BeforeRunReads {
  /** How many groups (syncs) the reads take. */
  readonly groups: number;
  /** Queue group `index`'s loads; the caller syncs. Group 0 holds the validations too. */
  queue(index: number): void;
  /** Once every group has been synced: the cells and validations as they were. */
  result(): BeforeRun;
}

export const planBeforeRunReads = (
  sheets: Map<string, Excel.Worksheet>,
  targets: UndoTargets,
  support: ExcelApiSupport,
  budget: number,
  firstBudget: number,
): BeforeRunReads => {
  // Group 0 may be smaller (it shares its sync with the co-author re-read); the rest fill `budget`.
  const groups: Piece[][] = [];
  let used = targets.validations.length * BYTES_PER_VALIDATION;
  let group: Piece[] = [];
  for (const piece of slices(targets, Math.min(budget, Math.max(firstBudget, BYTES_PER_CELL)))) {
    const bytes = cellsIn(piece.area) * BYTES_PER_CELL;
    const limit = groups.length === 0 ? firstBudget : budget;
    if (group.length > 0 && used + bytes > limit) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(piece);
    used += bytes;
  }
  // Rules alone (highlighting) need nothing read: the record holds them as the plan gives them.
  if (group.length > 0 || (groups.length === 0 && targets.validations.length > 0)) groups.push(group);

  const loaded: Loaded[] = [];
  let validations: (Excel.DataValidation | null)[] = [];
  const sheetOf = (name: string) => sheets.get(name.toLowerCase());

  return {
    groups: groups.length,
    queue: (index) => {
      if (index === 0) {
        validations = targets.validations.map(({ sheet, range }) => {
          const area = rangeOpArea({ kind: "listValidation", sheet, range, source: "" });
          const worksheet = sheetOf(sheet);
          return support.dataValidation && area && worksheet ? worksheet.getRange(rangeAddress(area)).dataValidation.load("type, rule, ignoreBlanks, prompt, errorAlert") : null;
        });
      }
      for (const piece of groups[index] ?? []) {
        const worksheet = sheetOf(piece.sheet);
        if (!worksheet) continue;
        const range = worksheet.getRange(rangeAddress(piece.area)).load("values, numberFormat, formulas");
        const properties = support.cellProperties
          ? range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { color: true, bold: true } } })
          : null;
        loaded.push({ piece, range, properties });
      }
    },
    result: () => {
      const cells = new Map<string, KeptCellState>();
      for (const { piece, range, properties } of loaded) {
        const values = range.values ?? [];
        const formulas = range.formulas ?? [];
        const formats = range.numberFormat ?? [];
        const props = properties?.value ?? null;
        for (let r = 0; r <= piece.area.bottom - piece.area.top; r += 1) {
          for (let c = 0; c <= piece.area.right - piece.area.left; c += 1) {
            const value = toCellValue(values[r]?.[c]);
            const formula: unknown = formulas[r]?.[c];
            const format: unknown = formats[r]?.[c];
            const state: KeptCellState = {
              value,
              // Office.js gives a constant's value in `formulas`; only a different "=…" is a formula.
              formula: typeof formula === "string" && formula.startsWith("=") && formula !== values[r]?.[c] ? formula : null,
              numberFormat: typeof format === "string" && format !== "" ? format : "General",
            };
            const cell = props?.[r]?.[c];
            if (cell) {
              const fill = cell.format?.fill;
              const font = cell.format?.font;
              // Excel reports "no fill" as white with pattern None.
              state.fill = fill?.pattern === "None" || typeof fill?.color !== "string" ? null : fill.color.toUpperCase();
              state.fontColour = typeof font?.color === "string" ? font.color.toUpperCase() : null;
              state.bold = font?.bold === true;
            }
            cells.set(key(piece.sheet, piece.area.top + r, piece.area.left + c), state);
          }
        }
        range.untrack();
      }
      const kept: ValidationBefore[] = validations.map((validation) => (validation === null ? null : keptValidationOf(validation)));
      return { cell: (sheet, row, column) => cells.get(key(sheet, row, column)) ?? NOT_READ, validations: kept };
    },
  };
};
