/* global Excel */
import { rangeAddress } from "../core/model/address";
import type { BeforeRun } from "../core/undo/build-undo-record";
import type { KeptCellState } from "../core/undo/kept-cell";
import type { ValidationBefore } from "../core/undo/kept-validation";
import type { UndoTargets } from "../core/undo/undo-targets";
import type { ExcelApiSupport } from "./capabilities";
import { rangeOpArea } from "../core/write-plan/op-area";
import { learnFrom, readInBudget, takeGroup, type AreaPiece } from "./read-in-budget";
import { jsonBytesOfRows, learntDensity } from "./response-bytes";
import { toCellValue } from "./snapshot-cells";
import { keptValidationOf } from "./validation-rule";

/**
 * Reading what a run will overwrite in the council's own sheets, for Undo last run (docs/HISTORY.md#issue-6-3):
 * values, formulas and number formats (ExcelApi 1.1), fill and font with getCellProperties (1.9),
 * and the validation on each dropdown's range (1.8). The first group of loads rides on the co-author
 * re-read's sync, so a RAG refresh of a few thousand rows costs no extra round trip; the rest take
 * one sync per 4 MB of response, sized by what the first group measured (read-in-budget.ts).
 */

/**
 * The prior in response bytes per cell, until the first group has come back: the cell properties
 * asked for are 96 ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"},"font":{…,"bold":false}}}),
 * and value, formula and number format some 20 each for the short status words a run replaces.
 */
const BYTES_PER_CELL = 160;
const BYTES_PER_VALIDATION = 1_000;

interface Loaded {
  piece: AreaPiece;
  range: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

const key = (sheet: string, row: number, column: number): string =>
  `${sheet}\u0000${row}\u0000${column}`;

const NOT_READ: KeptCellState = { value: null, formula: null, numberFormat: "General" };

const bytesOf = ({ range, properties }: Loaded): number =>
  jsonBytesOfRows(range.values) +
  jsonBytesOfRows(range.valueTypes) +
  jsonBytesOfRows(range.formulas) +
  jsonBytesOfRows(range.numberFormat) +
  jsonBytesOfRows(properties?.value);

export interface BeforeRunReads {
  /** Queue the validations and a first group of up to `maxBytes`, to ride on the caller's next sync. */
  queueFirst(maxBytes: number): void;
  /** After that sync (or, if nothing rode, from the start): read the rest and give what was there. */
  finish(sync: () => Promise<void>): Promise<BeforeRun>;
}

export const planBeforeRunReads = (
  sheets: Map<string, Excel.Worksheet>,
  targets: UndoTargets,
  support: ExcelApiSupport,
  limits: { maxBytes: number; maxCells: number }
): BeforeRunReads => {
  const sheetOf = (name: string) => sheets.get(name.toLowerCase());
  const pending: AreaPiece[] = targets.cells
    .filter(({ sheet }) => sheetOf(sheet) !== undefined)
    .map(({ sheet, area }) => ({ sheet, area }));
  const budget = { ...limits, density: learntDensity(BYTES_PER_CELL) };
  const loaded: Loaded[] = [];
  let validations: (Excel.DataValidation | null)[] | null = null;
  let riding: (() => Loaded)[] | null = null;

  const queue = (piece: AreaPiece): (() => Loaded) => {
    const range = (sheetOf(piece.sheet) as Excel.Worksheet)
      .getRange(rangeAddress(piece.area))
      .load("values, valueTypes, numberFormat, formulas");
    const properties = support.cellProperties
      ? range.getCellProperties({
          format: { fill: { color: true, pattern: true }, font: { color: true, bold: true } },
        })
      : null;
    return () => ({ piece, range, properties });
  };

  /** Returns how many loads it queued. */
  const queueFirst = (maxBytes: number): number => {
    validations = targets.validations.map(({ sheet, range }) => {
      const area = rangeOpArea({ kind: "listValidation", sheet, range, source: "" });
      const worksheet = sheetOf(sheet);
      return support.dataValidation && area && worksheet
        ? worksheet
            .getRange(rangeAddress(area))
            .dataValidation.load("type, rule, ignoreBlanks, prompt, errorAlert")
        : null;
    });
    riding = takeGroup(
      pending,
      maxBytes - targets.validations.length * BYTES_PER_VALIDATION,
      budget
    ).map(queue);
    return riding.length + validations.length;
  };

  const result = (): BeforeRun => {
    const cells = new Map<string, KeptCellState>();
    for (const { piece, range, properties } of loaded) {
      const values = range.values ?? [];
      const types = range.valueTypes ?? [];
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
            formula:
              typeof formula === "string" && formula.startsWith("=") && formula !== values[r]?.[c]
                ? formula
                : null,
            numberFormat: typeof format === "string" && format !== "" ? format : "General",
          };
          // An error value (#REF!) is put back as an error, not as text that reads like one.
          if (state.formula === null && types[r]?.[c] === "Error") state.error = true;
          const cell = props?.[r]?.[c];
          if (cell) {
            const fill = cell.format?.fill;
            const font = cell.format?.font;
            // Excel reports "no fill" as white with pattern None.
            state.fill =
              fill?.pattern === "None" || typeof fill?.color !== "string"
                ? null
                : fill.color.toUpperCase();
            state.fontColour = typeof font?.color === "string" ? font.color.toUpperCase() : null;
            state.bold = font?.bold === true;
          }
          cells.set(key(piece.sheet, piece.area.top + r, piece.area.left + c), state);
        }
      }
      range.untrack();
    }
    const kept: ValidationBefore[] = (validations ?? []).map((validation) =>
      validation === null ? null : keptValidationOf(validation)
    );
    return {
      cell: (sheet, row, column) => cells.get(key(sheet, row, column)) ?? NOT_READ,
      validations: kept,
    };
  };

  return {
    queueFirst,
    finish: async (sync) => {
      // Nothing rode on another sync: the first group and the validations take one of their own.
      if (riding === null && queueFirst(limits.maxBytes) > 0) await sync();
      const first = (riding ?? []).map((read) => read());
      learnFrom(
        budget.density,
        first.map((entry) => ({ piece: entry.piece, loaded: entry })),
        bytesOf
      );
      loaded.push(...first);
      for (const { loaded: entry } of await readInBudget(sync, pending, queue, bytesOf, budget))
        loaded.push(entry);
      return result();
    },
  };
};
