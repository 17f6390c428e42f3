import type {
  MappedField,
  MappedLevel,
  MappedMeasure,
  MappedSheet,
  MappedTable,
  Mapping,
  MappingPolicy,
} from "./mapping";

/**
 * The mapping as canonical JSON: entries always in the same order (the order the README documents),
 * absent options left out, and no "source" (it says where a printed mapping came from, which is
 * never true of a stored one). The same mapping therefore always gives the same text, so a workbook
 * saved twice with one mapping carries byte-identical parts, and a diff shows only real changes.
 */

// Options first listed as undefined are dropped by JSON.stringify, so building in order is enough.
const field = (f: MappedField): MappedField => ({
  name: f.name,
  column: f.column,
  title: f.title,
  period: f.period,
  measure: f.measure,
});

const table = (t: MappedTable): MappedTable => ({
  kind: t.kind,
  headerRows: [...t.headerRows],
  group: t.group,
  completed: t.completed,
  fields: t.fields.map(field),
});

const sheet = (s: MappedSheet): MappedSheet => ({
  name: s.name,
  roles: s.roles ? [...s.roles] : undefined,
  tables: s.tables.map(table),
});

const level = (l: MappedLevel): MappedLevel => ({
  id: l.id,
  label: l.label,
  meaning: l.meaning,
  glyph: l.glyph,
  fill: l.fill,
  fontColour: l.fontColour,
  words: l.words ? [...l.words] : undefined,
});

const measure = (m: MappedMeasure): MappedMeasure => ({
  name: m.name,
  polarity: m.polarity,
  tolerance: m.tolerance ? { mode: m.tolerance.mode, value: m.tolerance.value } : undefined,
});

const policy = (p: MappingPolicy): MappingPolicy => ({
  amberWindowDays: p.amberWindowDays,
  allowGreenWithoutDate: p.allowGreenWithoutDate,
  tolerance: { mode: p.tolerance.mode, value: p.tolerance.value },
  noChangeBand: {
    percentPoints: p.noChangeBand.percentPoints,
    relativePercent: p.noChangeBand.relativePercent,
  },
  dates: {
    dayOrder: p.dates.dayOrder,
    seasons: p.dates.seasons,
    byMonth: p.dates.byMonth,
    financialYearStartMonth: p.dates.financialYearStartMonth,
  },
});

/** A copy in canonical order; `source` is kept only when given (printing says where a mapping came from). */
export const canonicalMapping = (mapping: Mapping, source?: Mapping["source"]): Mapping =>
  JSON.parse(
    JSON.stringify({
      version: mapping.version,
      source,
      layout: mapping.layout,
      sheets: mapping.sheets.map(sheet),
      fieldTitles: mapping.fieldTitles
        ? Object.fromEntries(
            Object.entries(mapping.fieldTitles).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          )
        : undefined,
      missingValues: mapping.missingValues,
      levels: mapping.levels.map(level),
      measures: mapping.measures.map(measure),
      policy: policy(mapping.policy),
      // Kept, or a stored "status-column" would silently fall back to the default column on save.
      ratings: mapping.ratings
        ? {
            calculated: mapping.ratings.calculated,
            fillEmptyOwnerCells: mapping.ratings.fillEmptyOwnerCells,
          }
        : undefined,
      report: mapping.report
        ? {
            period: mapping.report.period,
            title: mapping.report.title,
            chartMeasures: mapping.report.chartMeasures,
          }
        : undefined,
      updates: mapping.updates ? { progress: mapping.updates.progress } : undefined,
    })
  ) as Mapping;

/** Compact canonical JSON, as stored in the workbook. */
export const mappingJson = (mapping: Mapping): string => JSON.stringify(canonicalMapping(mapping));

/** Indented canonical JSON for people (`detect --json`, `mapping show`), saying where it came from. */
export const mappingJsonForPeople = (mapping: Mapping, source?: Mapping["source"]): string =>
  JSON.stringify(canonicalMapping(mapping, source), null, 2);
