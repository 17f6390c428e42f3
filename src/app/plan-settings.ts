import { fitMapping } from "../core/mapping/check-mapping-against";
import type { FollowedMapping, HeaderMove } from "../core/mapping/follow-moved-headers";
import type { Mapping } from "../core/mapping/mapping";
import { mappingFromModel } from "../core/mapping/mapping-from-model";
import { mappingOptions, type MappingOptions } from "../core/mapping/mapping-options";
import { mappingFromXml, storedMappingVersion } from "../core/mapping/mapping-xml";
import type { Measure } from "../core/model/measure";
import { DEFAULT_DATE_POLICY } from "../core/model/timescale";
import { DEFAULT_DETECT_OPTIONS, type DetectOptions } from "../core/parse/detect-plan";
import type { PlanModel } from "../core/parse/plan-model";
import { LEVEL_PRESETS, type LevelSet } from "../core/rag/level-presets";
import type { MeasureSettings } from "../core/rag/rate-plan";
import { type RatingsSetting, ratingsSetting } from "../core/rag/write/ratings-setting";
import { DEFAULT_RAG_POLICY, type RagPolicy, type ToleranceRule } from "../core/rag/rag-policy";
import { err, ok, type Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";

/** Where the settings in force came from: the workbook's stored mapping, detection, or a --schema file. */
export type SettingsSource = "stored" | "detected" | "file";

/**
 * The mapping in force for one run and everything it decides. Every surface (pane, ribbon, CLI)
 * asks here, so a team sharing one workbook gets the same settings everywhere (docs/HISTORY.md#issue-5-2).
 */
export interface PlanSettings {
  source: SettingsSource;
  /** The mapping in force, upgraded to the current version; null when detection decides. */
  mapping: Mapping | null;
  /** What the mapping decides, in the core's shapes; null when detection decides. */
  options: MappingOptions | null;
  /** The version the workbook stored, when it was older than this Plan Tracker's and upgraded on read. */
  upgradedFrom?: number;
  /** Tables whose header rows moved since the mapping was saved, followed to where they are now. */
  headerMoves?: HeaderMove[];
}

const movesOf = (followed: FollowedMapping): Pick<PlanSettings, "headerMoves"> =>
  followed.moves.length > 0 ? { headerMoves: followed.moves } : {};

/**
 * The mapping in force: a --schema override, else the workbook's stored mapping (upgraded), else
 * none, and detection decides. A mapping that cannot be used, or does not fit this workbook, is one
 * sentence; nothing is half applied.
 */
export const settingsFor = (
  snapshot: WorkbookSnapshot,
  override?: Mapping
): Result<PlanSettings, string> => {
  if (override) {
    const fits = fitMapping(override, snapshot);
    if (!fits.ok) return err(`The mapping does not fit this workbook: ${fits.error}`);
    return ok({
      source: "file",
      mapping: fits.value.mapping,
      options: mappingOptions(fits.value.mapping),
      ...movesOf(fits.value),
    });
  }
  if (snapshot.mappingXml === undefined)
    return ok({ source: "detected", mapping: null, options: null });
  const stored = mappingFromXml(snapshot.mappingXml);
  if (!stored.ok) return stored;
  const fits = fitMapping(stored.value, snapshot);
  if (!fits.ok) return err(`The mapping stored in this workbook no longer fits it: ${fits.error}`);
  const version = storedMappingVersion(snapshot.mappingXml);
  return ok({
    source: "stored",
    mapping: fits.value.mapping,
    options: mappingOptions(fits.value.mapping),
    ...(version !== null && version < stored.value.version ? { upgradedFrom: version } : {}),
    ...movesOf(fits.value),
  });
};

export const detectOptionsOf = (settings: PlanSettings): DetectOptions =>
  settings.options?.detect ?? DEFAULT_DETECT_OPTIONS;

/** The rating rules in force: a caller's explicit policy, else the mapping's, else the defaults (docs/RATINGS.md). */
export const policyOf = (settings: PlanSettings, explicit?: RagPolicy): RagPolicy =>
  explicit ?? settings.options?.policy ?? DEFAULT_RAG_POLICY;

/** The council's levels: the mapping's, else the preset of the layout detection recognised. */
export const levelsOf = (settings: PlanSettings, model: PlanModel): LevelSet =>
  settings.options?.levels ?? LEVEL_PRESETS[model.layout];

/** Where Plan Tracker's own ratings go: the mapping's `ratings`, else the defaults (a column of its own). */
export const ratingsOf = (settings: PlanSettings): RatingsSetting =>
  ratingsSetting(settings.mapping?.ratings);

/** How a progress note from the pane is written: the mapping's `updates.progress`, else above the earlier text (docs/UPDATES.md). */
export const progressModeOf = (settings: PlanSettings): "above" | "replace" =>
  settings.mapping?.updates?.progress ?? "above";

export const measureSettingsOf = (
  settings: PlanSettings
): ((measure: Measure) => MeasureSettings | undefined) | undefined =>
  settings.options?.measureSettings;

/** Each measure's tolerance: its own from the mapping, else the plan-wide one. */
export const toleranceOf =
  (settings: PlanSettings, policy: RagPolicy) =>
  (measure: Measure): ToleranceRule =>
    settings.options?.measureSettings(measure)?.tolerance ?? policy.tolerance;

/**
 * The mapping in force as a document (`detect --json`, the Mapping view): the stored or given one as
 * it is, or what detection understood written as a mapping with today's default rules.
 */
export const mappingInForce = (settings: PlanSettings, model: PlanModel): Mapping =>
  settings.mapping ??
  mappingFromModel(model, {
    policy: DEFAULT_RAG_POLICY,
    dates: DEFAULT_DATE_POLICY,
    levels: LEVEL_PRESETS[model.layout],
  });
