import type { DatePolicy } from "../model/timescale";
import type { PlanModel } from "../parse/plan-model";
import type { LevelSet } from "../rag/level-presets";
import type { RagPolicy } from "../rag/rag-policy";
import { mappedLevels } from "./mapped-levels";
import { type Mapping, MAPPING_VERSION, type MappedMeasure, type MappingReport } from "./mapping";

export interface MappingSettings {
  policy: RagPolicy;
  dates: DatePolicy;
  levels: LevelSet;
  /** Measures' settings the team has given (polarity, tolerance), by name. */
  measures?: ReadonlyMap<string, MappedMeasure>;
  report?: MappingReport;
}

/**
 * What detection understood, written as a mapping: every sheet, every table's header rows and
 * columns, the levels, each measure's polarity, and the policy. Fed back in, it reproduces the same
 * results exactly (docs/HISTORY.md#issue-5: `detect --json` → `--schema`).
 */
export const mappingFromModel = (
  model: PlanModel,
  settings: MappingSettings,
  source: Mapping["source"] = "detected"
): Mapping => ({
  version: MAPPING_VERSION,
  source,
  layout: model.layout,
  sheets: model.sheets.map((sheet) => ({
    name: sheet.name,
    roles: sheet.roles,
    tables: sheet.tables.map((table) => ({
      kind: table.kind,
      headerRows: table.headerRows,
      group: table.group,
      completed: table.completed,
      fields: table.columns.map((column) => ({
        name: column.field,
        column: column.letter,
        title: column.header,
        ...(column.period ? { period: column.period } : {}),
        ...(column.measure ? { measure: column.measure } : {}),
      })),
    })),
  })),
  levels: mappedLevels(settings.levels),
  measures: model.measures.map((measure) => {
    const given = settings.measures?.get(measure.name);
    // A suggestion is not the council's rule until someone accepts it: left out, it is suggested
    // again on every read (and still marked as suggested), rather than saved as if confirmed.
    const polarity =
      given?.polarity ??
      (measure.polaritySource === "suggested" ? undefined : (measure.polarity ?? undefined));
    return {
      name: measure.name,
      ...(polarity ? { polarity } : {}),
      ...(given?.tolerance ? { tolerance: given.tolerance } : {}),
    };
  }),
  policy: {
    amberWindowDays: settings.policy.amberWindowDays,
    allowGreenWithoutDate: settings.policy.allowGreenWithoutDate,
    tolerance: settings.policy.tolerance,
    noChangeBand: settings.policy.noChangeBand,
    dates: settings.dates,
  },
  ...(settings.report ? { report: settings.report } : {}),
});
