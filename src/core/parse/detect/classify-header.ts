import { columnLetter } from "../../model/address";
import type { TableKind } from "../../model/plan-field";
import type { ColumnMapping } from "../plan-model";
import { DEFAULT_HEADER_VOCABULARY, type FieldTitles, type HeaderVocabulary, matchField, VERSION_LOG_TITLES } from "./header-vocabulary";
import { type PeriodLabel, parsePeriodHeading, parseRatingPeriodHeading, periodDisplay, rollYearsForward } from "./period-label";
import type { SheetGrid } from "./sheet-grid";

/** A row (or two) that starts a table, with its columns understood. */
export interface HeaderCandidate {
  kind: TableKind;
  headerRows: number[];
  columns: ColumnMapping[];
  /** How many columns were understood: the best-scoring kind wins. */
  score: number;
}

const isTargetOrActual = (key: string): "target" | "actual" | null =>
  key === "target" || key === "tgt" ? "target" : key === "actual" || key === "actuals" ? "actual" : null;

const fieldsId = new WeakMap<FieldTitles[], string>();
let nextFieldsId = 0;
const idOf = (fields: FieldTitles[]): string => {
  let id = fieldsId.get(fields);
  if (id === undefined) {
    id = `fields${(nextFieldsId += 1)}`;
    fieldsId.set(fields, id);
  }
  return id;
};

const mapFields = (grid: SheetGrid, row: number, fields: FieldTitles[]): { columns: ColumnMapping[]; key: boolean; distinct: number } => {
  const columns: ColumnMapping[] = [];
  const seen = new Set<string>();
  let key = false;
  const id = idOf(fields);
  for (const column of grid.filledColumns(row)) {
    const match = grid.memo(id, grid.headerKeyAt(row, column), (k) => matchField(k, fields));
    if (!match) continue;
    const header = grid.text(row, column);
    if (!match) continue;
    const period = match.field === "rating" ? parseRatingPeriodHeading(header)?.label : undefined;
    columns.push({ column, letter: columnLetter(column), header, field: match.field, period });
    seen.add(match.field);
    key = key || match.key;
  }
  return { columns, key, distinct: seen.size };
};

const actionHeader = (grid: SheetGrid, row: number, vocabulary: HeaderVocabulary): HeaderCandidate | null => {
  const { columns, key, distinct } = mapFields(grid, row, vocabulary.actions);
  if (!key || distinct < 2) return null;
  // A status-only "key" table (RAG · Description) is not an action table.
  if (!columns.some((c) => ["owner", "due", "ref", "successMeasure", "rating", "progress"].includes(c.field ?? ""))) return null;
  return { kind: "actions", headerRows: [row], columns, score: distinct };
};

const ragKeyHeader = (grid: SheetGrid, row: number, vocabulary: HeaderVocabulary): HeaderCandidate | null => {
  const { columns, distinct } = mapFields(grid, row, vocabulary.ragKey);
  const hasStatus = columns.some((c) => c.field === "status");
  const hasDescription = columns.some((c) => c.field === "title");
  if (!hasStatus || !hasDescription) return null;
  return { kind: "rag-key", headerRows: [row], columns, score: distinct };
};

/** Period columns of a metric header: single-row ("Dec 21", "Actual Jun22") or a month row over Target/Actual. */
const periodColumns = (grid: SheetGrid, row: number, claimed: Set<number>): { columns: ColumnMapping[]; twoRow: boolean } => {
  const below = row + 1;
  const measuresBelow = grid.filledColumns(below).filter((c) => isTargetOrActual(grid.headerKeyAt(below, c)) !== null);
  const twoRow = measuresBelow.length >= 2;
  const labelled: { column: number; label: PeriodLabel; header: string }[] = [];
  for (const column of grid.filledColumns(row)) {
    if (claimed.has(column)) continue;
    const header = grid.text(row, column);
    const label = grid.memo("period", header, parsePeriodHeading);
    if (label) labelled.push({ column, label, header });
  }
  const rolled = rollYearsForward(labelled.map((l) => l.label));
  const columns: ColumnMapping[] = [];
  if (twoRow) {
    // Each Target/Actual cell belongs to the nearest month heading at or to its left (merged pairs).
    for (const column of measuresBelow) {
      let owner = -1;
      for (let i = 0; i < labelled.length; i += 1) if (labelled[i].column <= column) owner = i;
      if (owner < 0) continue;
      const measure = isTargetOrActual(grid.headerKeyAt(below, column));
      columns.push({
        column, letter: columnLetter(column), header: `${labelled[owner].header} / ${grid.text(below, column)}`,
        field: "period", period: periodDisplay(rolled[owner]), measure: measure ?? "value",
      });
    }
  } else {
    labelled.forEach((entry, i) =>
      columns.push({
        column: entry.column, letter: columnLetter(entry.column), header: entry.header, field: "period",
        period: periodDisplay(rolled[i]), measure: entry.label.measure ?? "value",
      }),
    );
  }
  return { columns, twoRow };
};

const metricHeader = (grid: SheetGrid, row: number, vocabulary: HeaderVocabulary): HeaderCandidate | null => {
  const named = mapFields(grid, row, vocabulary.metrics);
  // A lone "Target"/"Actual" pair with a measure name is a one-period table.
  const claimed = new Set(named.columns.map((c) => c.column));
  const periods = periodColumns(grid, row, claimed);
  const loose: ColumnMapping[] = [];
  for (const column of grid.filledColumns(row)) {
    if (claimed.has(column) || periods.columns.some((p) => p.column === column)) continue;
    const measure = isTargetOrActual(grid.headerKeyAt(row, column));
    if (measure) loose.push({ column, letter: columnLetter(column), header: grid.text(row, column), field: "period", period: "Current", measure });
  }
  const periodCount = periods.columns.length + loose.length;
  const hasComparator = named.columns.some((c) => c.field === "comparator");
  if (!(named.key && (periodCount >= 1 || hasComparator)) && periodCount < 3) return null;
  const columns = [...named.columns, ...periods.columns, ...loose].sort((a, b) => a.column - b.column);
  return {
    kind: "metrics",
    headerRows: periods.twoRow ? [row, row + 1] : [row],
    columns,
    score: named.distinct + Math.min(periodCount, 3),
  };
};

const summaryHeader = (grid: SheetGrid, row: number): HeaderCandidate | null => {
  const columns: ColumnMapping[] = [];
  for (const column of grid.filledColumns(row)) {
    const key = grid.headerKeyAt(row, column);
    if (key === "previous period" || key === "current period")
      columns.push({ column, letter: columnLetter(column), header: grid.text(row, column), field: "rating", period: key === "previous period" ? "previous" : "current" });
  }
  // A priority box ("Previous period | 3" over "Current period | 3") names only one per row.
  if (columns.length < 2) return null;
  return { kind: "rag-summary", headerRows: [row], columns, score: 2 };
};

const versionLogHeader = (grid: SheetGrid, row: number): HeaderCandidate | null => {
  const columns = grid.filledColumns(row).filter((c) => VERSION_LOG_TITLES.includes(grid.headerKeyAt(row, c)));
  if (columns.length < 3) return null;
  return {
    kind: "version-log",
    headerRows: [row],
    columns: columns.map((column) => ({ column, letter: columnLetter(column), header: grid.text(row, column), field: null })),
    score: columns.length,
  };
};

/** The best reading of a row as a table header, or null when it is not one. */
// No heading in the seeds runs past this; longer cells are data, and are never matched as headings.
const MAX_HEADING_LENGTH = 60;

// A cheap first look: could this cell be a heading at all? (A title word, a period, a rating column…)
// Rows with no such cell are skipped without matching every field's wording.
const MAYBE_HEADING = /^(rag\b|priority\b|total\b|previous period|current period|target\b|actual\b|(19|20)\d{2}\/\d{2}$|q[1-4]\b|quarter\b|%$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s*'?(\d{2}|\d{4})?$)/;

const knownWords = new WeakMap<HeaderVocabulary, Set<string>>();
const wordsOf = (vocabulary: HeaderVocabulary): Set<string> => {
  let words = knownWords.get(vocabulary);
  if (!words) {
    words = new Set([...vocabulary.actions, ...vocabulary.metrics, ...vocabulary.ragKey].flatMap((f) => f.titles).concat(VERSION_LOG_TITLES));
    knownWords.set(vocabulary, words);
  }
  return words;
};

export const classifyHeader = (grid: SheetGrid, row: number, vocabulary: HeaderVocabulary = DEFAULT_HEADER_VOCABULARY): HeaderCandidate | null => {
  const filled = grid.filledColumns(row);
  if (filled.length < 2) return null;
  let short = 0;
  let maybe = false;
  const words = wordsOf(vocabulary);
  for (const column of filled) {
    if (grid.text(row, column).length > MAX_HEADING_LENGTH) continue;
    short += 1;
    if (!maybe) {
      const key = grid.headerKeyAt(row, column);
      maybe = words.has(key) || MAYBE_HEADING.test(key);
    }
  }
  if (short < 2 || !maybe) return null;
  const candidates = [
    actionHeader(grid, row, vocabulary),
    ragKeyHeader(grid, row, vocabulary),
    metricHeader(grid, row, vocabulary),
    summaryHeader(grid, row),
    versionLogHeader(grid, row),
  ]
    .filter((c): c is HeaderCandidate => c !== null);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, next) => (next.score > best.score ? next : best));
};
