import { columnLetter, columnNumber } from "../model/address";
import type { Measure, Polarity } from "../model/measure";
import { DEFAULT_LEVEL_STYLES, RAG_LEVELS } from "../model/rag-level";
import type { StatusVocabulary } from "../model/status-vocabulary";
import type { DetectOptions } from "../parse/detect-plan";
import type { TableFinding } from "../parse/detect/find-tables";
import { withExtraTitles } from "../parse/detect/header-vocabulary";
import type { ColumnMapping } from "../parse/plan-model";
import type { LevelSet } from "../rag/level-presets";
import type { MeasureSettings } from "../rag/rate-plan";
import type { RagPolicy } from "../rag/rag-policy";
import type { Mapping, MappedTable, MappingReport } from "./mapping";

/** Everything a mapping decides, in the shapes detection, rating and reporting take. */
export interface MappingOptions {
  detect: DetectOptions;
  policy: RagPolicy;
  levels: LevelSet;
  measureSettings: (measure: Measure) => MeasureSettings | undefined;
  report: MappingReport;
}

const columnsOf = (table: MappedTable): ColumnMapping[] =>
  table.fields.map((field) => {
    const column = columnNumber(field.column);
    return {
      column,
      letter: columnLetter(column),
      header: field.title ?? "",
      field: field.name,
      ...(field.period !== undefined ? { period: field.period } : {}),
      ...(field.measure !== undefined ? { measure: field.measure } : {}),
    };
  });

/** The council's levels as a status vocabulary, so cells written in its own words read as its levels. */
const vocabularyOf = (mapping: Mapping): StatusVocabulary => ({
  id: "mapping",
  match: "exact",
  entries: mapping.levels
    .filter((level) => level.id !== "unrated")
    .map((level) => ({
      level: level.id,
      labels: [level.label, ...(level.words ?? [])],
      glyphs: level.glyph ? [level.glyph] : [],
    })),
});

export const mappingOptions = (mapping: Mapping): MappingOptions => {
  const vocabulary = withExtraTitles(mapping.fieldTitles ?? {});
  const findings = new Map<string, TableFinding>(
    mapping.sheets.map((sheet) => [
      sheet.name,
      {
        vocabulary,
        mapped: new Map(
          sheet.tables.map((table) => [
            table.headerRows[0],
            {
              header: {
                kind: table.kind,
                headerRows: table.headerRows,
                columns: columnsOf(table),
                score: table.fields.length,
              },
              group: table.group,
              completed: table.completed,
            },
          ])
        ),
      },
    ])
  );
  const polarity = new Map<string, Polarity>();
  const settings = new Map<string, MeasureSettings>();
  for (const measure of mapping.measures) {
    if (measure.polarity) polarity.set(measure.name, measure.polarity);
    if (measure.polarity || measure.tolerance)
      settings.set(measure.name, { polarity: measure.polarity, tolerance: measure.tolerance });
  }
  const levels = Object.fromEntries(
    RAG_LEVELS.map((id) => {
      const given = mapping.levels.find((l) => l.id === id);
      const base = DEFAULT_LEVEL_STYLES[id];
      return [
        id,
        given
          ? {
              ...base,
              label: given.label,
              meaning: given.meaning,
              glyph: given.glyph,
              fill: given.fill,
              fontColour: given.fontColour ?? base.fontColour,
            }
          : base,
      ];
    })
  ) as LevelSet;
  return {
    detect: {
      datePolicy: mapping.policy.dates,
      vocabularies: [vocabularyOf(mapping)],
      findingFor: (sheet) => findings.get(sheet) ?? null,
      measurePolarity: polarity,
      ...(mapping.missingValues ? { missingValues: mapping.missingValues } : {}),
    },
    policy: {
      amberWindowDays: mapping.policy.amberWindowDays,
      allowGreenWithoutDate: mapping.policy.allowGreenWithoutDate,
      tolerance: mapping.policy.tolerance,
      noChangeBand: mapping.policy.noChangeBand,
    },
    levels,
    measureSettings: (measure) => settings.get(measure.name),
    report: mapping.report ?? {},
  };
};
