/**
 * A data validation rule as the workbook held it before Plan Tracker laid its dropdown over the
 * cells, in SpreadsheetML's terms (ECMA-376 §18.3.1.32, as exceljs models it), so either host can put
 * it back. Formulae are written without "="; an inline list keeps its quotes ("\"Yes,No\"").
 */
export type ValidationType =
  "whole" | "decimal" | "list" | "date" | "time" | "textLength" | "custom";
export type ValidationOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";
export type ValidationErrorStyle = "stop" | "warning" | "information";

export interface KeptValidation {
  type: ValidationType;
  operator?: ValidationOperator;
  formulae: (string | number)[];
  allowBlank?: boolean;
  /** false hides the in-cell dropdown of a list (Excel's "In-cell dropdown" box). */
  inCellDropDown?: boolean;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: ValidationErrorStyle;
  errorTitle?: string;
  error?: string;
}

/** The cells held different rules (or some none): Plan Tracker can remove its own, not rebuild those. */
export const MIXED_VALIDATION = "mixed";

/** What a range held before the run's dropdown: a rule, none, or several different ones. */
export type ValidationBefore = KeptValidation | null | typeof MIXED_VALIDATION;

const TYPES: readonly ValidationType[] = [
  "whole",
  "decimal",
  "list",
  "date",
  "time",
  "textLength",
  "custom",
];
const OPERATORS: readonly ValidationOperator[] = [
  "between",
  "notBetween",
  "equal",
  "notEqual",
  "greaterThan",
  "lessThan",
  "greaterThanOrEqual",
  "lessThanOrEqual",
];
const ERROR_STYLES: readonly ValidationErrorStyle[] = ["stop", "warning", "information"];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (allowed as readonly string[]).includes(value);
const optional = (value: unknown, kind: "string" | "boolean"): boolean =>
  value === undefined || typeof value === kind;

/** A rule read back from the undo sheet (JSON), checked field by field; null if it is not one. */
export const toKeptValidation = (value: unknown): KeptValidation | null => {
  if (!isRecord(value) || !oneOf(TYPES, value.type)) return null;
  if (value.operator !== undefined && !oneOf(OPERATORS, value.operator)) return null;
  if (value.errorStyle !== undefined && !oneOf(ERROR_STYLES, value.errorStyle)) return null;
  const formulae = value.formulae;
  if (
    !Array.isArray(formulae) ||
    !formulae.every((f) => typeof f === "string" || (typeof f === "number" && Number.isFinite(f)))
  )
    return null;
  for (const key of ["allowBlank", "inCellDropDown", "showInputMessage", "showErrorMessage"])
    if (!optional(value[key], "boolean")) return null;
  for (const key of ["promptTitle", "prompt", "errorTitle", "error"])
    if (!optional(value[key], "string")) return null;
  const kept: KeptValidation = {
    type: value.type,
    formulae: formulae.filter(
      (f): f is string | number => typeof f === "string" || typeof f === "number"
    ),
  };
  if (value.operator !== undefined) kept.operator = value.operator;
  if (typeof value.allowBlank === "boolean") kept.allowBlank = value.allowBlank;
  if (typeof value.inCellDropDown === "boolean") kept.inCellDropDown = value.inCellDropDown;
  if (typeof value.showInputMessage === "boolean") kept.showInputMessage = value.showInputMessage;
  if (typeof value.promptTitle === "string") kept.promptTitle = value.promptTitle;
  if (typeof value.prompt === "string") kept.prompt = value.prompt;
  if (typeof value.showErrorMessage === "boolean") kept.showErrorMessage = value.showErrorMessage;
  if (value.errorStyle !== undefined) kept.errorStyle = value.errorStyle;
  if (typeof value.errorTitle === "string") kept.errorTitle = value.errorTitle;
  if (typeof value.error === "string") kept.error = value.error;
  return kept;
};
