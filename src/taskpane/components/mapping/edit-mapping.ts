import { columnNumber } from "../../../core/model/address";
import type {
  MappedField,
  MappedLevel,
  MappedMeasure,
  MappedTable,
  Mapping,
  MappingPolicy,
  MappingReport,
} from "../../../core/mapping/mapping";
import type { Polarity } from "../../../core/model/measure";
import type { PlanField } from "../../../core/model/plan-field";
import type { RagLevel } from "../../../core/model/rag-level";
import type { DatePolicy } from "../../../core/model/timescale";
import type { ToleranceRule } from "../../../core/rag/rag-policy";

/**
 * Edits to a mapping, each returning a new mapping and leaving the old one as it was: the view keeps
 * the mapping as loaded beside the edited one, to compare, preview and discard.
 */

/** Where a table sits in the mapping. */
export interface TableAt {
  sheet: number;
  table: number;
}

const editTable = (
  mapping: Mapping,
  at: TableAt,
  edit: (table: MappedTable) => MappedTable
): Mapping => ({
  ...mapping,
  sheets: mapping.sheets.map((sheet, s) =>
    s !== at.sheet
      ? sheet
      : { ...sheet, tables: sheet.tables.map((table, t) => (t !== at.table ? table : edit(table))) }
  ),
});

const byColumn = (a: MappedField, b: MappedField): number =>
  columnNumber(a.column) - columnNumber(b.column);

/** A period column's reporting period and Target/Actual from its heading ("March 22 / Target"). */
const periodOf = (heading: string): Pick<MappedField, "period" | "measure"> => {
  const parts = heading.split(" / ");
  const last = parts[parts.length - 1].trim().toLowerCase();
  const measure = last === "target" ? "target" : last === "actual" ? "actual" : "value";
  const period = (measure === "value" ? heading : parts.slice(0, -1).join(" / ")).trim();
  return { period: period === "" ? heading : period, measure };
};

/**
 * Read a column as another field, or not at all (null). A column the mapping did not list is added
 * with its heading; only period columns keep a period and Target/Actual.
 */
export const withColumnField = (
  mapping: Mapping,
  at: TableAt,
  column: string,
  field: PlanField | null,
  heading: string
): Mapping =>
  editTable(mapping, at, (table) => {
    const current = table.fields.find((f) => f.column === column);
    if (!current && field === null) return table;
    const base: MappedField = current ?? {
      name: null,
      column,
      ...(heading !== "" ? { title: heading } : {}),
    };
    const { period, measure, ...rest } = base;
    const next: MappedField =
      field === "period"
        ? {
            ...rest,
            name: field,
            ...(period !== undefined ? { period, measure: measure ?? "value" } : periodOf(heading)),
          }
        : { ...rest, name: field };
    const others = table.fields.filter((f) => f.column !== column);
    return { ...table, fields: [...others, next].sort(byColumn) };
  });

/** Re-label a period column: its reporting period ("Apr 22") or whether it holds the Target or the Actual. */
export const withColumnPeriod = (
  mapping: Mapping,
  at: TableAt,
  column: string,
  change: Pick<MappedField, "period" | "measure">
): Mapping =>
  editTable(mapping, at, (table) => ({
    ...table,
    fields: table.fields.map((f) => (f.column !== column ? f : { ...f, ...change })),
  }));

export const withLevel = (
  mapping: Mapping,
  id: RagLevel,
  change: Partial<Omit<MappedLevel, "id">>
): Mapping => ({
  ...mapping,
  levels: mapping.levels.map((level) => (level.id !== id ? level : { ...level, ...change })),
});

export interface MeasureChange {
  /** null: not set, so the workbook's own wording (or nothing) decides. */
  polarity?: Polarity | null;
  /** null: the plan-wide tolerance. */
  tolerance?: ToleranceRule | null;
}

/** Change one measure's settings; a measure the mapping does not list yet is added in its place. */
export const withMeasure = (mapping: Mapping, name: string, change: MeasureChange): Mapping => {
  const apply = (measure: MappedMeasure): MappedMeasure => {
    const { polarity, tolerance, ...rest } = measure;
    const nextPolarity = change.polarity === undefined ? polarity : (change.polarity ?? undefined);
    const nextTolerance =
      change.tolerance === undefined ? tolerance : (change.tolerance ?? undefined);
    return {
      ...rest,
      ...(nextPolarity !== undefined ? { polarity: nextPolarity } : {}),
      ...(nextTolerance !== undefined ? { tolerance: nextTolerance } : {}),
    };
  };
  const listed = mapping.measures.some((measure) => measure.name === name);
  return {
    ...mapping,
    measures: listed
      ? mapping.measures.map((measure) => (measure.name === name ? apply(measure) : measure))
      : [...mapping.measures, apply({ name })],
  };
};

export const withPolicy = (
  mapping: Mapping,
  change: Partial<Omit<MappingPolicy, "dates">>
): Mapping => ({
  ...mapping,
  policy: { ...mapping.policy, ...change },
});

export const withDates = (mapping: Mapping, change: Partial<DatePolicy>): Mapping => ({
  ...mapping,
  policy: { ...mapping.policy, dates: { ...mapping.policy.dates, ...change } },
});

/** The report options; an empty period or no measures ticked leaves it to the report's own default. */
export const withReport = (mapping: Mapping, change: Partial<MappingReport>): Mapping => {
  const merged: MappingReport = { ...mapping.report, ...change };
  const report: MappingReport = {
    ...(merged.title !== undefined && merged.title.trim() !== "" ? { title: merged.title } : {}),
    ...(merged.period !== undefined && merged.period.trim() !== ""
      ? { period: merged.period }
      : {}),
    ...(merged.chartMeasures !== undefined && merged.chartMeasures.length > 0
      ? { chartMeasures: merged.chartMeasures }
      : {}),
  };
  const { report: _old, ...rest } = mapping;
  return Object.keys(report).length === 0 ? rest : { ...rest, report };
};

/** The council's own "no value" words as typed: comma-separated, each trimmed, empty entries dropped. */
export const missingValuesFrom = (text: string): string[] =>
  text
    .split(",")
    .map((word) => word.trim())
    .filter((word) => word !== "");

/** The council's own "no value" words for measure cells; none leaves only the usual blank, "-" and "n/a". */
export const withMissingValues = (mapping: Mapping, words: readonly string[]): Mapping => {
  const { missingValues: _old, ...rest } = mapping;
  return words.length === 0 ? rest : { ...rest, missingValues: [...words] };
};

/** How a progress note from the pane is written; "above" is the default, so it leaves no setting behind. */
export const withProgressNotes = (mapping: Mapping, progress: "above" | "replace"): Mapping => {
  const { updates: _old, ...rest } = mapping;
  return progress === "above" ? rest : { ...rest, updates: { progress } };
};
