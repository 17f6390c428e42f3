import {
  cellAddress,
  parseRangeAddress,
  qualifiedAddress,
  rangeAddress,
  type RangeArea,
} from "../model/address";
import { err, ok, type Result } from "../result";
import type { CfRule } from "../write-plan/write-plan";
import type { ValidationBefore } from "./kept-validation";
import { reachesOutside } from "./reaches-outside";
import type { UndoRecord, WrittenRange } from "./undo-record";
import { notPlanTrackersSentence, outsideFormulaSentence } from "./undo-sentences";

/** Areas of the council's sheets, by sheet (any case), that a check lets undo write. */
export interface SheetAreas {
  sheet: string;
  area: RangeArea;
}

/**
 * Where Plan Tracker writes in this plan, from its mapping and tables (src/app/undo-scope.ts): the
 * cells, highlighting and dropdowns a Refresh RAG lays there. Undo writes nowhere else.
 */
export interface UndoScope {
  areas: readonly SheetAreas[];
}

const areasOf = (range: string): RangeArea[] | null => {
  const areas = range.split(",").map((part) => parseRangeAddress(part.trim().replace(/\$/g, "")));
  return areas.every((area): area is RangeArea => area !== null) ? areas : null;
};

const within = (inner: RangeArea, outer: RangeArea): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

/** A sheet's areas by each column they span: a rule over 24,000 single cells is checked in linear time, not squared. */
type ByColumn = Map<number, RangeArea[]>;

/**
 * Whether every cell of an area lies in the union of some areas (tested cell by cell only when no
 * single area holds it, which is the rare case: a range that spans two tables).
 */
const covered = (area: RangeArea, by: ByColumn): boolean => {
  if ((by.get(area.left) ?? []).some((outer) => within(area, outer))) return true;
  for (let column = area.left; column <= area.right; column += 1) {
    const candidates = by.get(column) ?? [];
    for (let row = area.top; row <= area.bottom; row += 1)
      if (
        !candidates.some((outer) =>
          within({ top: row, bottom: row, left: column, right: column }, outer)
        )
      )
        return false;
  }
  return true;
};

const bySheet = (entries: readonly SheetAreas[]): Map<string, ByColumn> => {
  const map = new Map<string, ByColumn>();
  for (const { sheet, area } of entries) {
    const key = sheet.toLowerCase();
    let columns = map.get(key);
    if (!columns) map.set(key, (columns = new Map()));
    for (let column = area.left; column <= area.right; column += 1) {
      const list = columns.get(column);
      if (list) list.push(area);
      else columns.set(column, [area]);
    }
  }
  return map;
};

const writtenAreas = (written: readonly WrittenRange[]): SheetAreas[] =>
  written.flatMap(({ sheet, range }) => (areasOf(range) ?? []).map((area) => ({ sheet, area })));

/** Every place the record would have undo write: its cells, the rules it lays back or takes off, its dropdowns. */
const placesOf = (record: UndoRecord): { sheet: string; range: string }[] => [
  ...record.cells.map((cell) => ({ sheet: cell.sheet, range: cellAddress(cell.row, cell.column) })),
  ...record.rules,
  ...record.removedRules,
  ...record.validations,
];

const ruleFormulas = (rule: CfRule): string[] => [rule.formula];
const validationFormulas = (before: ValidationBefore): string[] =>
  before === null || typeof before === "string"
    ? []
    : before.formulae.filter((formula): formula is string => typeof formula === "string");

/**
 * Check a record before undo uses it (docs/HISTORY.md#issue-12-5). The check value (undo-check.ts) proves only
 * that nobody edited the record by hand; anyone with the code can forge one. So the record is also
 * held to what a run of Plan Tracker can have done:
 * - every cell, rule and dropdown it names lies inside the ranges it says the run wrote;
 * - those ranges lie inside where Plan Tracker writes in this plan by its mapping and tables (when
 *   the caller knows them: the command line and the pane read the plan first);
 * - no formula it would put back — in a cell, a highlighting rule or a dropdown — reaches outside
 *   the workbook (WEBSERVICE, HYPERLINK to a URL, DDE and the rest: reaches-outside.ts).
 * A forged record can therefore at worst put plain values, formats and in-workbook formulas into
 * cells Plan Tracker itself writes, and only where those cells still hold what the record says the
 * run left there (the executors' guard). It cannot reach the council's other cells or the network.
 */
export const vetUndoRecord = (
  record: UndoRecord,
  scope?: UndoScope
): Result<UndoRecord, string> => {
  const places = placesOf(record);
  for (const place of places)
    if (areasOf(place.range) === null)
      return err(notPlanTrackersSentence(qualifiedAddress(place.sheet, place.range), record.label));
  // Before format 3 a record carried no written ranges: its own entries are then all it says it wrote.
  const written = record.written
    ? writtenAreas(record.written)
    : places.flatMap(({ sheet, range }) => (areasOf(range) ?? []).map((area) => ({ sheet, area })));
  const writtenBySheet = bySheet(written);
  const scopeBySheet = scope ? bySheet(scope.areas) : null;
  for (const place of places) {
    const inside = writtenBySheet.get(place.sheet.toLowerCase()) ?? new Map();
    if (!(areasOf(place.range) ?? []).every((area) => covered(area, inside)))
      return err(notPlanTrackersSentence(qualifiedAddress(place.sheet, place.range), record.label));
  }
  if (scopeBySheet)
    for (const { sheet, area } of written) {
      if (!covered(area, scopeBySheet.get(sheet.toLowerCase()) ?? new Map()))
        return err(
          notPlanTrackersSentence(qualifiedAddress(sheet, rangeAddress(area)), record.label)
        );
    }
  for (const cell of record.cells)
    if (cell.formula !== null && reachesOutside(cell.formula))
      return err(
        outsideFormulaSentence(
          qualifiedAddress(cell.sheet, cellAddress(cell.row, cell.column)),
          record.label
        )
      );
  for (const laid of record.removedRules)
    if (ruleFormulas(laid.rule).some(reachesOutside))
      return err(outsideFormulaSentence(qualifiedAddress(laid.sheet, laid.range), record.label));
  for (const replaced of record.validations)
    if (validationFormulas(replaced.before).some(reachesOutside))
      return err(
        outsideFormulaSentence(qualifiedAddress(replaced.sheet, replaced.range), record.label)
      );
  return ok(record);
};
