import type { Mapping } from "../../../core/mapping/mapping";
import { mappedLevels } from "../../../core/mapping/mapped-levels";
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
  levels: mappedLevels(LEVEL_PRESETS[preset]),
  policy: {
    amberWindowDays: DEFAULT_RAG_POLICY.amberWindowDays,
    allowGreenWithoutDate: DEFAULT_RAG_POLICY.allowGreenWithoutDate,
    tolerance: { ...DEFAULT_RAG_POLICY.tolerance },
    noChangeBand: { ...DEFAULT_RAG_POLICY.noChangeBand },
    dates: { ...DEFAULT_DATE_POLICY },
  },
});
