import type { Worksheet } from "exceljs";
import type { CfRule } from "../core/write-plan/write-plan";
import { toSqref } from "./apply-layout";

/**
 * Undo of a `conditionalFormat` op: remove one rule with the same range, formula and colours as
 * the one Plan Tracker added (apply-write-plan.ts addConditionalFormat), newest first, and nothing
 * else, so the council's own rules on those cells stay. exceljs keeps `conditionalFormattings` as
 * [{ ref, rules }] (not in its typings); Excel may have grouped rules of one range into one entry.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** "RRGGBB" of an exceljs colour ({ argb: "FFRRGGBB" }), or null. */
export const argbOf = (colour: unknown): string | null => {
  if (!isRecord(colour) || typeof colour.argb !== "string") return null;
  return colour.argb.slice(-6).toUpperCase();
};

const sameRule = (candidate: unknown, rule: CfRule): boolean => {
  if (!isRecord(candidate) || candidate.type !== "expression" || !Array.isArray(candidate.formulae))
    return false;
  if (candidate.formulae[0] !== rule.formula.replace(/^=/, "")) return false;
  const style = candidate.style;
  const fill = isRecord(style) && isRecord(style.fill) ? argbOf(style.fill.bgColor) : null;
  const font = isRecord(style) && isRecord(style.font) ? argbOf(style.font.color) : null;
  return (
    fill === rule.fill.replace(/^#/, "").toUpperCase() &&
    font === (rule.fontColour?.replace(/^#/, "").toUpperCase() ?? null)
  );
};

/** exceljs' `conditionalFormattings` array (at run time, not in its typings), or null. */
export const conditionalFormattingsOf = (worksheet: Worksheet): unknown[] | null => {
  const formats: unknown = Reflect.get(worksheet, "conditionalFormattings");
  return Array.isArray(formats) ? formats : null;
};

/** Whether a rule was found and removed. */
export const removeConditionalFormat = (
  worksheet: Worksheet,
  range: string,
  rule: CfRule
): boolean => {
  const formats = conditionalFormattingsOf(worksheet);
  if (!formats) return false;
  const ref = toSqref(range);
  for (let i = formats.length - 1; i >= 0; i -= 1) {
    const entry: unknown = formats[i];
    if (!isRecord(entry) || entry.ref !== ref || !Array.isArray(entry.rules)) continue;
    const rules: unknown[] = entry.rules;
    for (let r = rules.length - 1; r >= 0; r -= 1) {
      if (!sameRule(rules[r], rule)) continue;
      rules.splice(r, 1);
      if (rules.length === 0) formats.splice(i, 1);
      return true;
    }
  }
  return false;
};
