import type { Mapping } from "../../../core/mapping/mapping";
import { RAG_LEVELS } from "../../../core/model/rag-level";
import { DEFAULT_DATE_POLICY } from "../../../core/model/timescale";
import type { LayoutId } from "../../../core/parse/plan-model";
import { LEVEL_PRESETS } from "../../../core/rag/level-presets";
import { DEFAULT_RAG_POLICY } from "../../../core/rag/rag-policy";

/** The seed layouts' presets, named as a council officer would know them. */
export const PRESETS: readonly { id: LayoutId; words: string }[] = [
  { id: "gcc", words: "Gloucestershire (GCC)" },
  { id: "bcp", words: "BCP" },
  { id: "thurrock", words: "Thurrock" },
  { id: "scorecard", words: "GCC scorecard" },
  { id: "generic", words: "Generic (Red, Amber, Green, Complete, Closed)" },
];

/**
 * A seed layout's levels (its own labels, meanings, glyphs and fills: LEVEL_PRESETS) and the default
 * rating rules (docs/RATINGS.md), laid over the edited mapping as a starting point to adjust. Sheets,
 * columns, measures and report options are the workbook's own and stay as they are. Status words
 * the old levels carried go with them: a preset's labels could otherwise mean two levels at once.
 */
export const withPreset = (mapping: Mapping, preset: LayoutId): Mapping => ({
  ...mapping,
  levels: RAG_LEVELS.map((id) => {
    const style = LEVEL_PRESETS[preset][id];
    return {
      id,
      label: style.label,
      meaning: style.meaning,
      glyph: style.glyph,
      fill: style.fill,
      fontColour: style.fontColour,
    };
  }),
  policy: {
    amberWindowDays: DEFAULT_RAG_POLICY.amberWindowDays,
    allowGreenWithoutDate: DEFAULT_RAG_POLICY.allowGreenWithoutDate,
    tolerance: { ...DEFAULT_RAG_POLICY.tolerance },
    noChangeBand: { ...DEFAULT_RAG_POLICY.noChangeBand },
    dates: { ...DEFAULT_DATE_POLICY },
  },
});
