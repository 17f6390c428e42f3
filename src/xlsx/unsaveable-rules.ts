import type { Workbook } from "exceljs";
import { conditionalFormattingsOf, isRecord } from "./remove-conditional-format";

/**
 * Conditional-format rules the .xlsx writer (exceljs) read but cannot write back: Excel's newer
 * kind keeps a rule's formula in an extension list exceljs does not model, so the rule arrives
 * without one and writing it throws. Such rules are set aside while exceljs writes its package, then
 * put back. The copy still has them: it is the council's own package with Plan Tracker's changes
 * edited in (package/faithful-copy.ts), and a rule is only taken from exceljs's package when Plan
 * Tracker put it on.
 */
export interface SetAside {
  sheet: string;
  ref: string;
  entry: Record<string, unknown>;
  rule: unknown;
  index: number;
}

// Rule types whose XML needs a formula: without one the writer fails.
const NEEDS_FORMULA = new Set(["expression", "cellIs"]);

const unwritable = (rule: unknown): boolean =>
  isRecord(rule) &&
  typeof rule.type === "string" &&
  NEEDS_FORMULA.has(rule.type) &&
  !(Array.isArray(rule.formulae) && rule.formulae.length > 0);

/** Take the unwritable rules out of the workbook, remembering where each was. */
export const setAsideUnsaveableRules = (workbook: Workbook): SetAside[] => {
  const aside: SetAside[] = [];
  for (const worksheet of workbook.worksheets) {
    for (const entry of conditionalFormattingsOf(worksheet) ?? []) {
      if (!isRecord(entry) || !Array.isArray(entry.rules)) continue;
      const rules: unknown[] = entry.rules;
      for (let index = rules.length - 1; index >= 0; index -= 1)
        if (unwritable(rules[index])) {
          aside.push({
            sheet: worksheet.name,
            ref: typeof entry.ref === "string" ? entry.ref : "",
            entry,
            rule: rules[index],
            index,
          });
          rules.splice(index, 1);
        }
    }
  }
  return aside;
};

/** Put the rules back where they were, in their order. */
export const restoreRules = (aside: readonly SetAside[]): void => {
  for (let i = aside.length - 1; i >= 0; i -= 1) {
    const { entry, rule, index } = aside[i];
    if (Array.isArray(entry.rules)) (entry.rules as unknown[]).splice(index, 0, rule);
  }
};
