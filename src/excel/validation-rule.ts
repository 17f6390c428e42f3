/* global Excel */
import {
  MIXED_VALIDATION,
  type KeptValidation,
  type ValidationBefore,
  type ValidationOperator,
} from "../core/undo/kept-validation";

/**
 * Data validation between Office.js (DataValidationRule plus ignoreBlanks, prompt and errorAlert,
 * ExcelApi 1.8) and the undo record's SpreadsheetML terms (core/undo/kept-validation.ts), so a rule
 * Plan Tracker's dropdown replaced can be laid back by either host.
 */
const OPERATORS: Record<string, ValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const OFFICE_OPERATORS = Object.fromEntries(
  Object.entries(OPERATORS).map(([office, kept]) => [kept, office])
) as Record<ValidationOperator, Excel.DataValidationOperator>;
const STYLES = { Stop: "stop", Warning: "warning", Information: "information" } as const;
const OFFICE_STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A formula as SpreadsheetML keeps it: without "=", numbers as numbers, dates as text. */
const keptFormula = (formula: unknown): string | number | null => {
  if (typeof formula === "number" && Number.isFinite(formula)) return formula;
  if (typeof formula === "string") return formula.replace(/^=/, "");
  if (formula instanceof Date) return formula.toISOString();
  return null;
};

/** Back to Office.js: numbers as numbers, anything else a formula (a reference, a date written as =DATE(…) or text). */
const officeFormula = (formula: string | number): string | number => {
  if (typeof formula === "number") return formula;
  return /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : `=${formula}`;
};

const basic = (type: KeptValidation["type"], criteria: unknown): KeptValidation | null => {
  if (!isRecord(criteria)) return null;
  const operator = typeof criteria.operator === "string" ? OPERATORS[criteria.operator] : undefined;
  const formulae = [criteria.formula1, criteria.formula2]
    .filter((f) => f !== undefined && f !== null && f !== "")
    .map(keptFormula);
  if (formulae.some((f) => f === null)) return null;
  return {
    type,
    ...(operator ? { operator } : {}),
    formulae: formulae.filter((f): f is string | number => f !== null),
  };
};

const ruleOf = (rule: unknown): KeptValidation | null => {
  if (!isRecord(rule)) return null;
  const list = rule.list;
  if (isRecord(list) && typeof list.source === "string") {
    // A range source is a formula ("=Lists!$A$2:$A$6"); inline items are quoted in SpreadsheetML.
    const source = list.source.startsWith("=") ? list.source.slice(1) : `"${list.source}"`;
    return {
      type: "list",
      formulae: [source],
      ...(typeof list.inCellDropDown === "boolean" ? { inCellDropDown: list.inCellDropDown } : {}),
    };
  }
  if (isRecord(rule.custom) && typeof rule.custom.formula === "string")
    return { type: "custom", formulae: [rule.custom.formula.replace(/^=/, "")] };
  if (rule.wholeNumber) return basic("whole", rule.wholeNumber);
  if (rule.decimal) return basic("decimal", rule.decimal);
  if (rule.textLength) return basic("textLength", rule.textLength);
  if (rule.date) return basic("date", rule.date);
  if (rule.time) return basic("time", rule.time);
  return null;
};

/** What a range's DataValidation held, as loaded with "type, rule, ignoreBlanks, prompt, errorAlert". */
export const keptValidationOf = (validation: {
  type: unknown;
  rule: unknown;
  ignoreBlanks: unknown;
  prompt: unknown;
  errorAlert: unknown;
}): ValidationBefore => {
  if (validation.type === "None") return null;
  // Several rules (or a rule on part of the range): Plan Tracker can remove its own, not rebuild those.
  if (validation.type === "Inconsistent" || validation.type === "MixedCriteria")
    return MIXED_VALIDATION;
  const kept = ruleOf(validation.rule);
  if (kept === null) return MIXED_VALIDATION;
  if (typeof validation.ignoreBlanks === "boolean") kept.allowBlank = validation.ignoreBlanks;
  const prompt = validation.prompt;
  if (isRecord(prompt)) {
    if (typeof prompt.showPrompt === "boolean") kept.showInputMessage = prompt.showPrompt;
    if (typeof prompt.title === "string" && prompt.title !== "") kept.promptTitle = prompt.title;
    if (typeof prompt.message === "string" && prompt.message !== "") kept.prompt = prompt.message;
  }
  const alert = validation.errorAlert;
  if (isRecord(alert)) {
    if (typeof alert.showAlert === "boolean") kept.showErrorMessage = alert.showAlert;
    if (alert.style === "Stop" || alert.style === "Warning" || alert.style === "Information")
      kept.errorStyle = STYLES[alert.style];
    if (typeof alert.title === "string" && alert.title !== "") kept.errorTitle = alert.title;
    if (typeof alert.message === "string" && alert.message !== "") kept.error = alert.message;
  }
  return kept;
};

const criteria = (kept: KeptValidation): Excel.BasicDataValidation => {
  const [first = "", second] = kept.formulae;
  return {
    operator: OFFICE_OPERATORS[kept.operator ?? "between"],
    formula1: officeFormula(first),
    ...(second !== undefined ? { formula2: officeFormula(second) } : {}),
  };
};

/** Dates and times: a serial (from a file) goes as a formula; a date Excel gave as text goes back as that text. */
const dateFormula = (formula: string | number): string => {
  if (typeof formula === "number") return `=${formula}`;
  return /^\d{4}-\d{2}-\d{2}|^\d{1,2}:\d{2}/.test(formula) ? formula : `=${formula}`;
};

const dateCriteria = (kept: KeptValidation): Excel.DateTimeDataValidation => {
  const [first = "", second] = kept.formulae;
  return {
    operator: OFFICE_OPERATORS[kept.operator ?? "between"],
    formula1: dateFormula(first),
    ...(second !== undefined ? { formula2: dateFormula(second) } : {}),
  };
};

export const officeRuleOf = (kept: KeptValidation): Excel.DataValidationRule => {
  const [first = ""] = kept.formulae;
  switch (kept.type) {
    case "list": {
      const text = String(first);
      const inline = /^".*"$/s.test(text);
      return {
        list: {
          inCellDropDown: kept.inCellDropDown ?? true,
          source: inline ? text.slice(1, -1) : `=${text}`,
        },
      };
    }
    case "custom":
      return { custom: { formula: `=${String(first)}` } };
    case "whole":
      return { wholeNumber: criteria(kept) };
    case "decimal":
      return { decimal: criteria(kept) };
    case "textLength":
      return { textLength: criteria(kept) };
    case "date":
      return { date: dateCriteria(kept) };
    case "time":
      return { time: dateCriteria(kept) };
  }
};

/** Lay a kept rule back on a range whose validation was just cleared (the order Excel needs: rule, then its settings). */
export const queueKeptValidation = (
  validation: Excel.DataValidation,
  kept: KeptValidation
): void => {
  validation.rule = officeRuleOf(kept);
  if (kept.allowBlank !== undefined) validation.ignoreBlanks = kept.allowBlank;
  if (
    kept.showInputMessage !== undefined ||
    kept.promptTitle !== undefined ||
    kept.prompt !== undefined
  ) {
    validation.prompt = {
      showPrompt: kept.showInputMessage ?? false,
      title: kept.promptTitle ?? "",
      message: kept.prompt ?? "",
    };
  }
  if (
    kept.showErrorMessage !== undefined ||
    kept.errorStyle !== undefined ||
    kept.errorTitle !== undefined ||
    kept.error !== undefined
  ) {
    validation.errorAlert = {
      showAlert: kept.showErrorMessage ?? true,
      style: OFFICE_STYLES[kept.errorStyle ?? "stop"],
      title: kept.errorTitle ?? "",
      message: kept.error ?? "",
    };
  }
};
