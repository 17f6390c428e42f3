import { RAG_LEVELS } from "../model/rag-level";
import { DEFAULT_DATE_POLICY } from "../model/timescale";
import { LEVEL_PRESETS } from "../rag/level-presets";
import { DEFAULT_RAG_POLICY } from "../rag/rag-policy";
import { err, ok, type Result } from "../result";
import validateMappingV1 from "./generated/validate-mapping-v1";
import validateMappingV2 from "./generated/validate-mapping-v2";
import { MAPPING_VERSION, type Mapping } from "./mapping";
import type { MappingV1 } from "./mapping-v1";
import { mappingVersionOf, type MappingOrigin } from "./mapping-version";
import { schemaErrorSentence } from "./schema-error-sentence";

/**
 * Version 1 → version 2. Anything version 1 could not say takes today's default (DEFAULT_RAG_POLICY,
 * DEFAULT_DATE_POLICY), which is what Plan Tracker applied when that workbook was saved; a level it
 * did not list takes its layout's preset, as detection would have.
 */
const fromV1 = (v1: MappingV1): Result<Mapping, string> => {
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
    measures: (v1.metrics ?? []).map((measure) => ({
      name: measure.name,
      ...(measure.polarity ? { polarity: measure.polarity } : {}),
      ...(measure.tolerancePercent !== undefined
        ? { tolerance: { mode: "relative" as const, value: measure.tolerancePercent } }
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

/**
 * Any stored or given mapping document → a current-version Mapping, or one sentence saying why not.
 * Each version is checked against its own schema before it is upgraded, so nothing is half read; a
 * version newer than this Plan Tracker is refused (mapping-version.ts).
 */
export const upgradeMapping = (
  raw: unknown,
  origin: MappingOrigin = "file"
): Result<Mapping, string> => {
  const version = mappingVersionOf(raw, origin);
  if (!version.ok) return version;
  if (version.value === 1) {
    if (!validateMappingV1(raw))
      return err(schemaErrorSentence(validateMappingV1.errors ?? [], raw));
    return fromV1(raw);
  }
  if (version.value === MAPPING_VERSION) {
    if (!validateMappingV2(raw))
      return err(schemaErrorSentence(validateMappingV2.errors ?? [], raw));
    // "source" says where a printed mapping came from; read back, it would only mislead.
    const { source: _source, ...mapping } = raw;
    return ok(mapping);
  }
  // Unreachable while versions run 1..MAPPING_VERSION without gaps; kept so a gap is a sentence, not a crash.
  return err(`Plan Tracker cannot read a version ${version.value} mapping.`);
};
