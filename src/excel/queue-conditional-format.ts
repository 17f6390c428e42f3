/* global Excel */
import { rangeAddress } from "../core/model/address";
import type { CfRule, WriteOp } from "../core/write-plan/write-plan";
import { rangeAreasOf } from "../core/write-plan/op-area";
import { shiftFormula } from "./shift-formula";

type ConditionalFormatOp = Extract<WriteOp, { kind: "conditionalFormat" }>;

const addRule = (
  formats: Excel.ConditionalFormatCollection,
  rule: CfRule,
  formula: string
): void => {
  // Static fills carry the RAG; this rule is only the live layer (docs/EXCEL.md#conditional-formats).
  const format = formats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = formula;
  format.custom.format.fill.color = rule.fill;
  if (rule.fontColour !== undefined) format.custom.format.font.color = rule.fontColour;
  if (rule.priority !== undefined) format.priority = rule.priority;
};

/**
 * One custom rule. Its formula is written for the top-left cell of the (first) area, as Excel
 * resolves it (office-js#5194). Several areas ("C37,E37,G37") take one rule over a RangeAreas
 * (ExcelApi 1.9); before 1.9, one rule per area, its formula moved to that area's top-left.
 */
export const queueConditionalFormat = (
  sheet: Excel.Worksheet,
  op: ConditionalFormatOp,
  rangeAreas: boolean
): void => {
  const areas = rangeAreasOf(op.range);
  if (!areas) return;
  if (areas.length === 1) {
    addRule(sheet.getRange(rangeAddress(areas[0])).conditionalFormats, op.rule, op.rule.formula);
    return;
  }
  if (rangeAreas) {
    addRule(
      sheet.getRanges(areas.map(rangeAddress).join(", ")).conditionalFormats,
      op.rule,
      op.rule.formula
    );
    return;
  }
  const [first] = areas;
  for (const area of areas) {
    addRule(
      sheet.getRange(rangeAddress(area)).conditionalFormats,
      op.rule,
      shiftFormula(op.rule.formula, area.top - first.top, area.left - first.left)
    );
  }
};
