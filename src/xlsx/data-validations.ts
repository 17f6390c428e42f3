import type { Worksheet } from "exceljs";
import {
  cellAddress,
  parseRangeAddress,
  rangeAddress,
  type RangeArea,
} from "../core/model/address";
import {
  MIXED_VALIDATION,
  toKeptValidation,
  type KeptValidation,
  type ValidationBefore,
} from "../core/undo/kept-validation";

/**
 * Data validation in exceljs, which keeps `worksheet.dataValidations.model` (not in its typings) as
 * address → rule: one key per cell for rules read from a file, a range key ("C2:C9") for rules added
 * since. Excel lays one rule per cell, so a range's rule is cleared before another goes over it, as
 * the Office.js executor does with dataValidation.clear() (docs/EXCEL.md#data-validation).
 */
type ValidationModel = Record<string, unknown>;

const modelOf = (worksheet: Worksheet): ValidationModel | null => {
  const validations: unknown = Reflect.get(worksheet, "dataValidations");
  if (typeof validations !== "object" || validations === null) return null;
  const model: unknown = Reflect.get(validations, "model");
  return typeof model === "object" && model !== null ? (model as ValidationModel) : null;
};

/** The areas a model key covers: "C2", "C2:C9", or several separated by spaces. */
const areasOfKey = (key: string): RangeArea[] =>
  key
    .split(/\s+/)
    .map((part) => parseRangeAddress(part.replace(/\$/g, "")))
    .filter((area): area is RangeArea => area !== null);

const overlaps = (a: RangeArea, b: RangeArea): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** `area` without `hole`: up to four rectangles (above, below, left, right of it). */
const without = (area: RangeArea, hole: RangeArea): RangeArea[] => {
  if (!overlaps(area, hole)) return [area];
  const parts: RangeArea[] = [];
  if (area.top < hole.top) parts.push({ ...area, bottom: hole.top - 1 });
  if (area.bottom > hole.bottom) parts.push({ ...area, top: hole.bottom + 1 });
  const top = Math.max(area.top, hole.top);
  const bottom = Math.min(area.bottom, hole.bottom);
  if (area.left < hole.left) parts.push({ top, bottom, left: area.left, right: hole.left - 1 });
  if (area.right > hole.right) parts.push({ top, bottom, left: hole.right + 1, right: area.right });
  return parts;
};

/** Remove every rule from the range, keeping the rest of each rule that reaches outside it. */
export const clearValidation = (worksheet: Worksheet, range: string): void => {
  const model = modelOf(worksheet);
  const hole = parseRangeAddress(range.replace(/\$/g, ""));
  if (!model || !hole) return;
  for (const key of Object.keys(model)) {
    const rule = model[key];
    const areas = areasOfKey(key);
    if (rule === undefined || !areas.some((area) => overlaps(area, hole))) continue;
    delete model[key];
    for (const area of areas)
      for (const part of without(area, hole)) model[rangeAddress(part)] = rule;
  }
};

/** The rule on one cell, or undefined. */
const ruleAt = (
  model: ValidationModel,
  row: number,
  column: number,
  rangeKeys: { areas: RangeArea[]; rule: unknown }[]
): unknown => {
  const own = model[cellAddress(row, column)];
  if (own !== undefined) return own;
  return rangeKeys.find(({ areas }) =>
    areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right)
  )?.rule;
};

/** exceljs's rule as SpreadsheetML has it (dates as serials, so the record is plain JSON). */
const toKept = (rule: unknown): KeptValidation | null => {
  if (typeof rule !== "object" || rule === null) return null;
  const formulae: unknown = Reflect.get(rule, "formulae");
  const plain = Array.isArray(formulae)
    ? formulae.map((f: unknown) => (f instanceof Date ? f.getTime() / 86_400_000 + 25_569 : f))
    : [];
  return toKeptValidation({ ...rule, formulae: plain });
};

/** What a range held before a dropdown went over it: one rule on every cell, none, or a mix. */
export const validationBefore = (worksheet: Worksheet, range: string): ValidationBefore => {
  const model = modelOf(worksheet);
  const area = parseRangeAddress(range.replace(/\$/g, ""));
  if (!model || !area) return null;
  const rangeKeys = Object.entries(model)
    .filter(([key, rule]) => rule !== undefined && /[:\s]/.test(key))
    .map(([key, rule]) => ({ areas: areasOfKey(key), rule }));
  let seen: string | undefined;
  let first: unknown;
  for (let row = area.top; row <= area.bottom; row += 1) {
    for (let column = area.left; column <= area.right; column += 1) {
      const rule = ruleAt(model, row, column, rangeKeys);
      const text = rule === undefined ? "" : JSON.stringify(rule);
      if (seen === undefined) {
        seen = text;
        first = rule;
      } else if (seen !== text) return MIXED_VALIDATION;
    }
  }
  if (first === undefined) return null;
  // A rule exceljs holds that the record cannot say exactly is a mix: removed, never rebuilt wrongly.
  return toKept(first) ?? MIXED_VALIDATION;
};

/** Lay a kept rule over the range (cleared first), in exceljs's shape. */
export const restoreValidation = (
  worksheet: Worksheet,
  range: string,
  rule: KeptValidation | null
): void => {
  clearValidation(worksheet, range);
  const model = modelOf(worksheet);
  if (!model || rule === null) return;
  const formulae =
    rule.type === "date"
      ? rule.formulae.map((f) =>
          typeof f === "number" ? new Date(Math.round((f - 25_569) * 86_400_000)) : f
        )
      : rule.formulae;
  model[range.replace(/\$/g, "")] = { ...rule, formulae };
};
