/* global Excel */
import { rangeAddress, type RangeArea } from "../core/model/address";
import type { CfRule, WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { rangeAreasOf } from "../core/write-plan/op-area";
import { shiftFormula } from "./shift-formula";

type RemoveOp = Extract<WriteOp, { kind: "removeConditionalFormat" }>;

/** The rules each removeConditionalFormat op will delete, found before anything is written. */
export type AddedRulesFound = Map<WriteOp, Excel.ConditionalFormat[]>;

interface Lookup {
  op: RemoveOp;
  formula: string;
  rule: CfRule;
  formats: Excel.ConditionalFormatCollection;
}

const normalised = (formula: string): string =>
  formula.replace(/^=/, "").replace(/[\s$]/g, "").toUpperCase();
const sameColour = (a: unknown, b: string | undefined): boolean =>
  b === undefined || (typeof a === "string" && a.toUpperCase() === b.toUpperCase());

/** Where Plan Tracker put the rule, each area with the formula it was given there (queue-conditional-format.ts). */
const placements = (
  op: RemoveOp,
  support: ExcelApiSupport
): { area: RangeArea; formula: string }[] => {
  const areas = rangeAreasOf(op.range) ?? [];
  const [first] = areas;
  if (!first) return [];
  // One rule over a RangeAreas (1.9), found through its first area; before 1.9, one rule per area.
  if (areas.length === 1 || support.rangeAreas) return [{ area: first, formula: op.rule.formula }];
  return areas.map((area) => ({
    area,
    formula: shiftFormula(op.rule.formula, area.top - first.top, area.left - first.left),
  }));
};

/**
 * Undo's removal of the highlighting a run added (docs/HISTORY.md#issue-6-3): on each rule's range, the custom
 * rules with the same formula, fill and text colour, the newest first, each claimed once, so the
 * council's own rules on those cells, and any earlier run's, stay. Two syncs when there is anything
 * to find (the rules, then their formulas and colours), none otherwise.
 */
export const findAddedRules = async (
  ops: readonly WriteOp[],
  sheets: Map<string, Excel.Worksheet>,
  support: ExcelApiSupport,
  sync: () => Promise<void>
): Promise<AddedRulesFound> => {
  const found: AddedRulesFound = new Map();
  const lookups: Lookup[] = [];
  for (const op of ops) {
    if (op.kind !== "removeConditionalFormat") continue;
    const sheet = sheets.get(op.sheet.toLowerCase());
    if (!sheet) continue;
    for (const { area, formula } of placements(op, support)) {
      lookups.push({
        op,
        formula,
        rule: op.rule,
        formats: sheet.getRange(rangeAddress(area)).conditionalFormats.load("items/id, items/type"),
      });
    }
  }
  if (lookups.length === 0) return found;
  await sync();
  const details = lookups.map((lookup) => ({
    lookup,
    custom: lookup.formats.items
      .filter((format) => format.type === "Custom")
      .map((format) => ({
        format,
        rule: format.custom.rule.load("formula"),
        fill: format.custom.format.fill.load("color"),
        font: format.custom.format.font.load("color"),
      })),
  }));
  await sync();
  const claimed = new Set<string>();
  for (const { lookup, custom } of details) {
    const match = custom.find(
      ({ format, rule, fill, font }) =>
        !claimed.has(format.id) &&
        normalised(rule.formula) === normalised(lookup.formula) &&
        sameColour(fill.color, lookup.rule.fill) &&
        sameColour(font.color, lookup.rule.fontColour)
    );
    if (!match) continue;
    claimed.add(match.format.id);
    found.set(lookup.op, [...(found.get(lookup.op) ?? []), match.format]);
  }
  return found;
};
