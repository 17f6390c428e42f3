import type { Workbook } from "exceljs";
import { conditionalFormattingsOf, isRecord } from "./remove-conditional-format";

/**
 * Conditional-format rules the .xlsx writer (exceljs) read but cannot write back: Excel's newer
 * kind keeps a rule's formula in an extension list exceljs does not model, so the rule arrives
 * without one and writing it throws. Rather than refuse to save the council's workbook, such rules
 * are set aside for the save — the copy is written without them, and one sentence says exactly
 * what was left out — then put back, so the workbook in memory is as it was.
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
  isRecord(rule) && typeof rule.type === "string" && NEEDS_FORMULA.has(rule.type) && !(Array.isArray(rule.formulae) && rule.formulae.length > 0);

/** Take the unwritable rules out of the workbook, remembering where each was. */
export const setAsideUnsaveableRules = (workbook: Workbook): SetAside[] => {
  const aside: SetAside[] = [];
  for (const worksheet of workbook.worksheets) {
    for (const entry of conditionalFormattingsOf(worksheet) ?? []) {
      if (!isRecord(entry) || !Array.isArray(entry.rules)) continue;
      const rules: unknown[] = entry.rules;
      for (let index = rules.length - 1; index >= 0; index -= 1)
        if (unwritable(rules[index])) {
          aside.push({ sheet: worksheet.name, ref: typeof entry.ref === "string" ? entry.ref : "", entry, rule: rules[index], index });
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

/** One sentence saying what the copy left out, or null when nothing was. */
export const setAsideSentence = (aside: readonly SetAside[]): string | null => {
  if (aside.length === 0) return null;
  const sheets = [...new Set(aside.map((a) => `'${a.sheet}'`))];
  const where = sheets.length <= 3 ? sheets.join(", ") : `${sheets.slice(0, 3).join(", ")} and ${sheets.length - 3} more sheets`;
  const rules = aside.length === 1 ? "1 conditional-formatting rule" : `${aside.length} conditional-formatting rules`;
  return `The copy leaves out ${rules} of Excel's newer kind on ${where}, which the .xlsx writer cannot save; the original workbook still has them.`;
};
