import type { Workbook, Worksheet } from "exceljs";
import {
  parseCellAddress,
  parseRangeAddress,
  rangeAddress,
  type RangeArea,
} from "../core/model/address";
import { cellText, isBlank } from "../core/model/cell-value";
import { parseListSource } from "../core/snapshot/list-source";
import type { SheetList } from "../core/snapshot/workbook-snapshot";
import { normaliseCellValue } from "./read-cell-value";

/**
 * A sheet's dropdowns (list-type data validations) with their words, for the core to learn the
 * words a status column uses and their order. exceljs keeps `worksheet.dataValidations.model` (not
 * in its typings) as address → rule: one key per cell for rules read from a file, a range key for
 * rules added since; cells of one rule down a column are put back together into areas here.
 */

// A list longer than this is a lookup table, not a status vocabulary; its words are not needed.
const MAX_WORDS = 200;

const rulesOf = (worksheet: Worksheet): [string, unknown][] => {
  const validations: unknown = Reflect.get(worksheet, "dataValidations");
  if (typeof validations !== "object" || validations === null) return [];
  const model: unknown = Reflect.get(validations, "model");
  return typeof model === "object" && model !== null ? Object.entries(model) : [];
};

/** The list source of a rule, or null when it is not a list (or its source is not plain text). */
const listFormula = (rule: unknown): string | null => {
  if (typeof rule !== "object" || rule === null || Reflect.get(rule, "type") !== "list")
    return null;
  const formulae: unknown = Reflect.get(rule, "formulae");
  const first: unknown = Array.isArray(formulae) ? formulae[0] : undefined;
  return typeof first === "string" ? first : null;
};

const cellsOf = (sheet: Worksheet, area: RangeArea): string[] => {
  const words: string[] = [];
  for (let row = area.top; row <= area.bottom && words.length < MAX_WORDS; row += 1)
    for (let column = area.left; column <= area.right && words.length < MAX_WORDS; column += 1) {
      const value = normaliseCellValue(sheet.findCell(row, column)?.value);
      if (!isBlank(value)) words.push(cellText(value).trim());
    }
  return words;
};

/** The words a list's source stands for, or null when this reader cannot resolve it. */
const resolveWords = (
  workbook: Workbook,
  home: Worksheet,
  formula: string,
  depth = 0
): string[] | null => {
  const source = parseListSource(formula, "file");
  if (source === null) return null;
  if (source.kind === "words") return source.words.slice(0, MAX_WORDS);
  if (source.kind === "range") {
    const sheet = source.sheet === null ? home : workbook.getWorksheet(source.sheet);
    const area = parseRangeAddress(source.range);
    return sheet && area ? cellsOf(sheet, area) : null;
  }
  if (depth > 0) return null;
  const defined = workbook.definedNames.getRanges(source.name).ranges[0];
  return typeof defined === "string" ? resolveWords(workbook, home, defined, depth + 1) : null;
};

/** Per column and rule, the rows it covers, joined into runs of consecutive rows. */
const areasOf = (cells: { row: number; column: number }[]): RangeArea[] => {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column);
    if (rows) rows.push(row);
    else byColumn.set(column, [row]);
  }
  const areas: RangeArea[] = [];
  for (const [column, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i += 1)
      if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
        areas.push({ top: start, bottom: rows[i - 1], left: column, right: column });
        start = rows[i];
      }
  }
  return areas;
};

const listFor = <T>(map: Map<string, T[]>, key: string): T[] => {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
};

export const readSheetLists = (workbook: Workbook, worksheet: Worksheet): SheetList[] => {
  const cellsByFormula = new Map<string, { row: number; column: number }[]>();
  const areasByFormula = new Map<string, RangeArea[]>();
  for (const [key, rule] of rulesOf(worksheet)) {
    const formula = listFormula(rule);
    if (formula === null) continue;
    for (const part of key.replace(/\$/g, "").split(/\s+/)) {
      const cell = part.includes(":") ? null : parseCellAddress(part);
      if (cell) listFor(cellsByFormula, formula).push(cell);
      const area = cell ? null : parseRangeAddress(part);
      if (area) listFor(areasByFormula, formula).push(area);
    }
  }
  const lists: SheetList[] = [];
  for (const formula of new Set([...cellsByFormula.keys(), ...areasByFormula.keys()])) {
    const values = resolveWords(workbook, worksheet, formula);
    if (values === null || values.length === 0) continue;
    const areas = [
      ...(areasByFormula.get(formula) ?? []),
      ...areasOf(cellsByFormula.get(formula) ?? []),
    ];
    for (const area of areas) lists.push({ range: rangeAddress(area), values });
  }
  return lists.sort((a, b) => a.range.localeCompare(b.range));
};
