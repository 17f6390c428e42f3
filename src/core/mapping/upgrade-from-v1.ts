import { RAG_LEVELS } from "../model/rag-level";
import { DEFAULT_DATE_POLICY } from "../model/timescale";
import { LEVEL_PRESETS } from "../rag/level-presets";
import { DEFAULT_RAG_POLICY } from "../rag/rag-policy";
import { err, ok, type Result } from "../result";
import type { MappingV1 } from "./mapping-v1";
import type { MappingV2 } from "./mapping-v2";

/**
 * Version 1 → version 2 (then upgrade-from-v2.ts takes it on). Anything version 1 could not say
 * takes today's default (DEFAULT_RAG_POLICY, DEFAULT_DATE_POLICY), which is what Plan Tracker
 * applied when that workbook was saved; a level it did not list takes its layout's preset, as
 * detection would have. Both versions call a measure a "metric": the old names stay here on purpose.
 */
export const fromV1 = (v1: MappingV1): Result<MappingV2, string> => {
  const start = v1.policy.financialYearStart;
  // Version 2 counts financial years from the first of a month (docs/DATES.md: UK councils' year starts 1 April).
  if (start !== undefined && !start.endsWith("-01"))
    return err(
      `policy.financialYearStart "${start}" starts mid-month, but Plan Tracker counts financial years from the first of a month; write "${start.slice(0, 2)}-01".`
    );
  const preset = LEVEL_PRESETS[v1.layout];
  return ok({
    version: 2,
    layout: v1.layout,
    sheets: v1.sheets,
    ...(v1.missingValues ? { missingValues: v1.missingValues } : {}),
    levels: RAG_LEVELS.map((id) => {
      const given = v1.levels[id];
      const style = given ?? preset[id];
      return {
        id,
        label: style.label,
        meaning: style.meaning,
        glyph: style.glyph,
        fill: style.fill,
        ...(style.fontColour ? { fontColour: style.fontColour } : {}),
        ...(given?.words ? { words: given.words } : {}),
      };
    }),
    metrics: (v1.metrics ?? []).map((metric) => ({
      name: metric.name,
      ...(metric.polarity ? { polarity: metric.polarity } : {}),
      ...(metric.tolerancePercent !== undefined
        ? { tolerance: { mode: "relative" as const, value: metric.tolerancePercent } }
        : {}),
    })),
    policy: {
      amberWindowDays: v1.policy.amberWindowDays ?? DEFAULT_RAG_POLICY.amberWindowDays,
      allowGreenWithoutDate: DEFAULT_RAG_POLICY.allowGreenWithoutDate,
      tolerance:
        v1.policy.tolerancePercent !== undefined
          ? { mode: "relative", value: v1.policy.tolerancePercent }
          : DEFAULT_RAG_POLICY.tolerance,
      noChangeBand: DEFAULT_RAG_POLICY.noChangeBand,
      dates: {
        dayOrder: v1.policy.dayOrder ?? DEFAULT_DATE_POLICY.dayOrder,
        seasons: v1.policy.seasons ?? DEFAULT_DATE_POLICY.seasons,
        byMonth: DEFAULT_DATE_POLICY.byMonth,
        financialYearStartMonth:
          start !== undefined
            ? Number(start.slice(0, 2))
            : DEFAULT_DATE_POLICY.financialYearStartMonth,
      },
    },
    ...(v1.report ? { report: v1.report } : {}),
  });
};
