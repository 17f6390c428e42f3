/* global Excel */
import { isHighlightingFormula } from "../core/rag/write/highlighting-signature";
import type { AddedRule } from "../core/undo/undo-record";
import type { CfRule } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { areaAddresses } from "./snapshot-cells";

/**
 * Each rule's type and priority, and for a custom one (customOrNullObject: a null object for any
 * other type, where `custom` would fail) its formula and colours, all in one load.
 */
const LISTING =
  "items/type, items/priority, items/customOrNullObject/rule/formula, items/customOrNullObject/format/fill/color, items/customOrNullObject/format/font/color";

/** One of Plan Tracker's earlier rules: to delete, and (with its range) to keep for undo. */
interface Found {
  sheet: string;
  format: Excel.ConditionalFormat;
  rule: CfRule;
  /** Where it applies, loaded only when undo keeps it: a RangeAreas (ExcelApi 1.9), else a Range. */
  range: { address: string; isNullObject: boolean } | null;
}

export interface OwnHighlighting {
  /**
   * After the listing's sync: when undo keeps them, queue where Plan Tracker's rules apply, to ride
   * on the next sync; says whether it queued anything (nothing when there are none).
   */
  queueRanges(keep: boolean): boolean;
  /** Whether `sheet` holds any of Plan Tracker's earlier rules (after queueRanges). */
  has(sheet: string): boolean;
  /** Plan Tracker's earlier rules on `sheet`, to delete (after the ranges' sync, when kept). */
  on(sheet: string): Excel.ConditionalFormat[];
  /** Every rule `on` gives, as the undo record keeps them. */
  removed(): AddedRule[];
}

const COLOUR = /^#[0-9A-F]{6}$/i;

const ruleOf = (format: Excel.ConditionalFormat): CfRule | null => {
  const custom = format.customOrNullObject;
  if (
    format.type !== "Custom" ||
    custom.isNullObject ||
    !isHighlightingFormula(custom.rule.formula)
  )
    return null;
  const fill: unknown = custom.format.fill.color;
  const font: unknown = custom.format.font.color;
  // Plan Tracker's rules always have a fill; one without is not a rule undo could lay back as it was.
  if (typeof fill !== "string" || !COLOUR.test(fill)) return null;
  return {
    kind: "formula",
    formula: custom.rule.formula,
    fill: fill.toUpperCase(),
    ...(typeof font === "string" && COLOUR.test(font) ? { fontColour: font.toUpperCase() } : {}),
    priority: format.priority,
  };
};

/**
 * Plan Tracker's highlighting from earlier refreshes on the sheets a refresh highlights
 * (clearHighlighting), found without a sync of its own: the sheets' rules are listed with the
 * executor's first sync, and the ranges of Plan Tracker's (for undo) ride on the next (docs/EXCEL.md#reading-and-writing:
 * never a sync per rule). A rule is Plan Tracker's when its formula has the shape it writes
 * (highlighting-signature.ts); the council's own rules are never touched. A rule undo could not lay
 * back (several areas, before ExcelApi 1.9 can read them) is left where it is.
 */
export const listOwnHighlighting = (
  worksheets: Excel.WorksheetCollection,
  sheets: readonly string[],
  support: ExcelApiSupport
): OwnHighlighting => {
  // getItem, not the loaded items: they are not known until this very sync. A sheet gone since the
  // read fails it (ItemNotFound: "no longer in the workbook"), as its highlighting would have.
  const listings = sheets.map((sheet) => ({
    sheet,
    formats: worksheets.getItem(sheet).getRange().conditionalFormats.load(LISTING),
  }));
  let found: Found[] = [];
  let keeping = false;

  const settled = (): Found[] =>
    keeping ? found.filter(({ range }) => range !== null && !range.isNullObject) : found;

  return {
    queueRanges: (keep) => {
      keeping = keep;
      // In priority order: undo lays them back in this order, each at its place, which rebuilds Excel's order.
      found = listings
        .flatMap(({ sheet, formats }) =>
          formats.items.flatMap((format): Found[] => {
            const rule = ruleOf(format);
            return rule === null ? [] : [{ sheet, format, rule, range: null }];
          })
        )
        .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
      if (!keep) return false;
      for (const entry of found)
        entry.range = support.rangeAreas
          ? entry.format.getRanges().load("address")
          : entry.format.getRangeOrNullObject().load("address");
      return found.length > 0;
    },
    has: (sheet) => found.some((entry) => entry.sheet.toLowerCase() === sheet.toLowerCase()),
    on: (sheet) =>
      settled()
        .filter((entry) => entry.sheet.toLowerCase() === sheet.toLowerCase())
        .map(({ format }) => format),
    removed: () =>
      settled().map(({ sheet, rule, range }) => ({
        sheet,
        range: areaAddresses(range?.address ?? "").join(","),
        rule,
      })),
  };
};
