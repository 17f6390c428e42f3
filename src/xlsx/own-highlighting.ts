import type { Worksheet } from "exceljs";
import { isHighlightingFormula } from "../core/rag/write/highlighting-signature";
import type { AddedRule } from "../core/undo/undo-record";
import type { CfRule } from "../core/write-plan/write-plan";
import { argbOf, conditionalFormattingsOf, isRecord } from "./remove-conditional-format";

/** One of Plan Tracker's earlier rules in exceljs' `conditionalFormattings` ([{ ref, rules }]). */
interface Found {
  entry: Record<string, unknown>;
  rule: unknown;
  kept: AddedRule;
}

const keptRule = (candidate: unknown): CfRule | null => {
  if (!isRecord(candidate) || candidate.type !== "expression" || !Array.isArray(candidate.formulae))
    return null;
  const formula: unknown = candidate.formulae[0];
  if (typeof formula !== "string" || !isHighlightingFormula(formula)) return null;
  const style = candidate.style;
  const fill = isRecord(style) && isRecord(style.fill) ? argbOf(style.fill.bgColor) : null;
  const font = isRecord(style) && isRecord(style.font) ? argbOf(style.font.color) : null;
  // Plan Tracker's rules always have a fill; one without is not a rule undo could lay back as it was.
  if (fill === null) return null;
  return {
    kind: "formula",
    formula: `=${formula}`,
    fill: `#${fill}`,
    ...(font !== null ? { fontColour: `#${font}` } : {}),
    ...(typeof candidate.priority === "number" ? { priority: candidate.priority } : {}),
  };
};

/**
 * Plan Tracker's highlighting from earlier refreshes on a sheet, recognised by its formula
 * (highlighting-signature.ts) as the Office.js executor recognises it (src/excel/own-highlighting.ts),
 * in the order the sheet holds them; the council's own rules are never among them.
 */
const findOwn = (worksheet: Worksheet): Found[] => {
  const found: Found[] = [];
  for (const entry of conditionalFormattingsOf(worksheet) ?? []) {
    if (!isRecord(entry) || typeof entry.ref !== "string" || !Array.isArray(entry.rules)) continue;
    const range = entry.ref.trim().split(/\s+/).join(",");
    for (const rule of entry.rules as unknown[]) {
      const kept = keptRule(rule);
      if (kept !== null)
        found.push({ entry, rule, kept: { sheet: worksheet.name, range, rule: kept } });
    }
  }
  return found;
};

/** What a clearHighlighting will take off the sheet, as the undo record keeps it. */
export const ownHighlighting = (worksheet: Worksheet): AddedRule[] =>
  findOwn(worksheet).map(({ kept }) => kept);

/** clearHighlighting: take Plan Tracker's earlier rules off the sheet (an entry left with no rule goes too). */
export const clearOwnHighlighting = (worksheet: Worksheet): void => {
  const found = findOwn(worksheet);
  for (const { entry, rule } of found) {
    const rules = entry.rules as unknown[];
    rules.splice(rules.indexOf(rule), 1);
  }
  const formats = conditionalFormattingsOf(worksheet);
  if (!formats) return;
  for (let i = formats.length - 1; i >= 0; i -= 1) {
    const entry: unknown = formats[i];
    if (isRecord(entry) && Array.isArray(entry.rules) && entry.rules.length === 0)
      formats.splice(i, 1);
  }
};
