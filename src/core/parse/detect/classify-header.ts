import { columnLetter } from "../../model/address";
import type { TableKind } from "../../model/plan-field";
import type { ColumnMapping } from "../plan-model";
import type { PlanField } from "../../model/plan-field";
import { isDateFormat, serialToIso } from "../excel-date";
import { columnContent, type ColumnContent, contentFits } from "./column-content";
import { revisesDue } from "./columns";
import {
  SHAPE_SCORE,
  DEFAULT_HEADER_VOCABULARY,
  type FieldTitles,
  type HeaderMatch,
  type HeaderVocabulary,
  matchFields,
  VERSION_LOG_TITLES,
} from "./header-vocabulary";
import {
  type PeriodLabel,
  parsePeriodHeading,
  parseRatingPeriodHeading,
  periodDisplay,
  rollYearsForward,
} from "./period-label";
import { headerKey, type SheetGrid } from "./sheet-grid";

/** A row (or two) that starts a table, with its columns understood. */
export interface HeaderCandidate {
  kind: TableKind;
  headerRows: number[];
  columns: ColumnMapping[];
  /** How many columns were understood: the best-scoring kind wins. */
  score: number;
}

// The lower row of a two-row measures header: what each column under a period holds.
const TARGET_WORDS = new Set([
  "target",
  "targets",
  "tgt",
  "plan",
  "planned",
  "goal",
  "trajectory",
  "expected",
]);
const ACTUAL_WORDS = new Set([
  "actual",
  "actuals",
  "act",
  "outturn",
  "result",
  "achieved",
  "performance",
  "value",
]);
const isTargetOrActual = (key: string): "target" | "actual" | null =>
  TARGET_WORDS.has(key) ? "target" : ACTUAL_WORDS.has(key) ? "actual" : null;

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

/**
 * A heading written in the row above and merged down over this one (a two-row header whose "RAG"
 * spans both rows) belongs to this row's column as much as the words written in it.
 */
const mergedFromAbove = (
  grid: SheetGrid,
  row: number,
  column: number
): { row: number; column: number } | null => {
  const origin = grid.mergedFrom(row, column);
  return origin !== null && origin.row < row && origin.column === column ? origin : null;
};

const headingColumns = (grid: SheetGrid, row: number): number[] => {
  const filled = grid.filledColumns(row);
  if (row <= grid.firstRow) return filled;
  const columns = new Set(filled);
  for (let column = grid.firstColumn; column <= grid.lastColumn; column += 1)
    if (mergedFromAbove(grid, row, column)) columns.add(column);
  return columns.size === filled.length ? filled : [...columns].sort((a, b) => a - b);
};

const headingText = (grid: SheetGrid, row: number, column: number): string => {
  const origin = grid.blank(row, column) ? mergedFromAbove(grid, row, column) : null;
  return origin ? grid.text(origin.row, origin.column) : grid.text(row, column);
};

// Fields a table holds once; a column per reporting period or comparator may repeat.
const REPEATABLE = new Set<PlanField | null>(["rating", "comparator", null]);

/**
 * Understand a header row's columns for one kind of table. Every heading may name several fields
 * ("Delivery status" could be a status or a title); each field is given to the column that names it
 * best and whose cells do not contradict it (a "Date" column of sentences is not a due date), and a
 * column gives itself to one field only.
 */
const mapFields = (
  grid: SheetGrid,
  row: number,
  fields: FieldTitles[],
  skip: (column: number) => boolean = () => false,
  below: number = row + 1
): { columns: ColumnMapping[]; key: boolean; distinct: number } => {
  const id = idOf(fields);
  const offers: { column: number; match: HeaderMatch; order: number }[] = [];
  let order = 0;
  for (const column of headingColumns(grid, row)) {
    const header = headingText(grid, row, column);
    if (header.length > MAX_HEADING_LENGTH || skip(column)) continue;
    const matches = grid.memo(id, header, (raw) => matchFields(raw, headerKey(raw), fields));
    for (const match of matches) offers.push({ column, match, order: (order += 1) });
  }
  if (offers.length === 0) return { columns: [], key: false, distinct: 0 };
  // Best score first; among equals, the heading's own first reading, then left to right.
  offers.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
  const taken = new Map<number, PlanField | null>();
  const used = new Set<PlanField | null>();
  const contents = new Map<number, ColumnContent>();
  const contentOf = (column: number): ColumnContent => {
    let content = contents.get(column);
    if (!content) {
      content = columnContent(grid, column, below);
      contents.set(column, content);
    }
    return content;
  };
  // A plan may keep a revised due date beside the original ("Target date" | "Revised date"): one
  // column each, told apart by the revising heading (columns.ts, dueColumns).
  const dueHeadings: string[] = [];
  const secondDue = (column: number): boolean =>
    dueHeadings.length === 1 &&
    revisesDue(dueHeadings[0]) !== revisesDue(headingText(grid, row, column));
  for (const { column, match } of offers) {
    if (taken.has(column)) continue;
    if (
      used.has(match.field) &&
      !REPEATABLE.has(match.field) &&
      !(match.field === "due" && secondDue(column))
    )
      continue;
    // A heading of a known shape ("Priority 1", "RAG 01/18") says what it is whatever lies below it.
    if (
      match.field !== null &&
      match.score < SHAPE_SCORE &&
      !contentFits(match.field, contentOf(column))
    )
      continue;
    taken.set(column, match.field);
    used.add(match.field);
    if (match.field === "due") dueHeadings.push(headingText(grid, row, column));
  }
  const columns: ColumnMapping[] = [];
  let key = false;
  for (const [column, field] of [...taken.entries()].sort((a, b) => a[0] - b[0])) {
    if (field === null) continue;
    const header = headingText(grid, row, column);
    const period = field === "rating" ? parseRatingPeriodHeading(header)?.label : undefined;
    columns.push({ column, letter: columnLetter(column), header, field, period });
    key = key || fields.some((f) => f.field === field && f.key === true);
  }
  return { columns, key, distinct: new Set(columns.map((c) => c.field)).size };
};

const actionHeader = (
  grid: SheetGrid,
  row: number,
  vocabulary: HeaderVocabulary
): HeaderCandidate | null => {
  const { columns, key, distinct } = mapFields(grid, row, vocabulary.actions);
  if (!key || distinct < 2) return null;
  // A status-only "key" table (RAG · Description) is not an action table.
  // An action is someone's, by a date, or rated: a list of names with notes is not a plan.
  if (
    !columns.some((c) =>
      ["owner", "due", "status", "rating", "percentComplete", "successMeasure"].includes(
        c.field ?? ""
      )
    )
  )
    return null;
  if (
    !columns.some((c) =>
      ["owner", "due", "ref", "successMeasure", "rating", "progress", "percentComplete"].includes(
        c.field ?? ""
      )
    ) &&
    distinct < 3
  )
    return null;
  return { kind: "actions", headerRows: [row], columns, score: distinct };
};

const ragKeyHeader = (
  grid: SheetGrid,
  row: number,
  vocabulary: HeaderVocabulary
): HeaderCandidate | null => {
  const { columns, distinct } = mapFields(grid, row, vocabulary.ragKey);
  const hasStatus = columns.some((c) => c.field === "status");
  const hasDescription = columns.some((c) => c.field === "title");
  if (!hasStatus || !hasDescription) return null;
  return { kind: "rag-key", headerRows: [row], columns, score: distinct };
};

const datedPeriodCount = (grid: SheetGrid, row: number, columns: number[]): number =>
  columns.filter((column) => datedHeading(grid, row, column) !== null).length;

/** A month heading typed as a date (1 Apr 2024 shown as "Apr-24"), as the month it names. */
const datedHeading = (grid: SheetGrid, row: number, column: number): string | null => {
  const value = grid.value(row, column);
  if (typeof value !== "number" || !isDateFormat(grid.numberFormat(row, column))) return null;
  const iso = serialToIso(value);
  if (iso === null) return null;
  return periodDisplay({
    label: "",
    month: Number(iso.slice(5, 7)),
    year: Number(iso.slice(0, 4)),
  });
};

/** Period columns of a measure header: single-row ("Dec 21", "Actual Jun22") or a month row over Target/Actual. */
const periodColumns = (
  grid: SheetGrid,
  row: number,
  claimed: Set<number>
): { columns: ColumnMapping[]; twoRow: boolean } => {
  const below = row + 1;
  const measuresBelow = grid
    .filledColumns(below)
    .filter((c) => isTargetOrActual(grid.headerKeyAt(below, c)) !== null);
  const twoRow = measuresBelow.length >= 2;
  const labelled: { column: number; label: PeriodLabel; header: string }[] = [];
  for (const column of grid.filledColumns(row)) {
    if (claimed.has(column)) continue;
    const dated = datedHeading(grid, row, column);
    const header = dated ?? grid.text(row, column);
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
        column,
        letter: columnLetter(column),
        header: `${labelled[owner].header} / ${grid.text(below, column)}`,
        field: "period",
        period: periodDisplay(rolled[owner]),
        measure: measure ?? "value",
      });
    }
  } else {
    labelled.forEach((entry, i) =>
      columns.push({
        column: entry.column,
        letter: columnLetter(entry.column),
        header: entry.header,
        field: "period",
        period: periodDisplay(rolled[i]),
        measure: entry.label.measure ?? "value",
      })
    );
  }
  return { columns, twoRow };
};

/**
 * A column no heading claimed whose cells are reporting periods ("Nov-24" under "dimension_name"):
 * in a long table of measures (one row per measure and period) it says which period each row is.
 */
const periodByContent = (
  grid: SheetGrid,
  row: number,
  claimed: Set<number>
): ColumnMapping | null => {
  for (const column of grid.filledColumns(row)) {
    if (claimed.has(column)) continue;
    const content = columnContent(grid, column, row + 1);
    if (content.filled > 0 && content.periods * 2 > content.filled)
      return {
        column,
        letter: columnLetter(column),
        header: grid.text(row, column),
        field: "period",
      };
  }
  return null;
};

const measureHeader = (
  grid: SheetGrid,
  row: number,
  vocabulary: HeaderVocabulary
): HeaderCandidate | null => {
  // Period headings ("Jun21", "Actual Jun22") are the period columns', even where a word in them names a field.
  const named = mapFields(
    grid,
    row,
    vocabulary.measures,
    (column) => grid.memo("period", grid.text(row, column), parsePeriodHeading) !== null
  );
  const claimed = new Set(named.columns.map((c) => c.column));
  const periods = periodColumns(grid, row, claimed);
  for (const p of periods.columns) claimed.add(p.column);
  const hasName = named.columns.some((c) => c.field === "name" || c.field === "ref");
  const hasTarget = named.columns.some((c) => c.field === "target");
  const hasActual = named.columns.some((c) => c.field === "actual");
  // A table of measures says what is measured (or which way is better) and holds figures: period
  // columns, a target or actual, or comparators. Period columns alone (three or more months across)
  // are a monthly grid whose name column may have no heading. A grid of "Actual" columns with no
  // target (a finance profile) is figures, not measures against targets.
  // An Actual column alone (outputs delivered, money spent) is a record of figures, not a measure against a target.
  const compared =
    hasTarget ||
    named.columns.some(
      (c) => c.field === "comparator" || c.field === "polarity" || c.field === "baseline"
    );
  const columns = [...named.columns, ...periods.columns];
  if ((hasTarget || hasActual) && !columns.some((c) => c.field === "period")) {
    const period = periodByContent(grid, row, claimed);
    if (period) columns.push(period);
  }
  // A named measure's actuals by period (one row per measure and period) is a measure over time.
  const series = hasActual && columns.some((c) => c.field === "period");
  const measured =
    (named.key && named.distinct >= 2 && (compared || series || periods.columns.length > 0)) ||
    periods.columns.length >= 3 ||
    (hasName && hasTarget && hasActual);
  if (!measured) return null;
  columns.sort((a, b) => a.column - b.column);
  return {
    kind: "measures",
    headerRows: periods.twoRow ? [row, row + 1] : [row],
    columns,
    score: named.distinct + Math.min(periods.columns.length, 3),
  };
};

const summaryHeader = (grid: SheetGrid, row: number): HeaderCandidate | null => {
  const columns: ColumnMapping[] = [];
  for (const column of grid.filledColumns(row)) {
    const key = grid.headerKeyAt(row, column);
    if (key === "previous period" || key === "current period")
      columns.push({
        column,
        letter: columnLetter(column),
        header: grid.text(row, column),
        field: "rating",
        period: key === "previous period" ? "previous" : "current",
      });
  }
  // A priority box ("Previous period | 3" over "Current period | 3") names only one per row.
  if (columns.length < 2) return null;
  return { kind: "rag-summary", headerRows: [row], columns, score: 2 };
};

// A change log names its versions: "Version", "Version number", "Version no.", "Ver".
const VERSION_HEADING = /^(version|ver)\b|\bversion( number| no\.?)?$/;

const versionLogHeader = (grid: SheetGrid, row: number): HeaderCandidate | null => {
  const filled = grid.filledColumns(row);
  const versioned = filled.some((c) => VERSION_HEADING.test(grid.headerKeyAt(row, c)));
  const columns = versioned
    ? filled
    : filled.filter((c) => VERSION_LOG_TITLES.includes(grid.headerKeyAt(row, c)));
  if (columns.length < (versioned ? 2 : 3)) return null;
  return {
    kind: "version-log",
    headerRows: [row],
    columns: columns.map((column) => ({
      column,
      letter: columnLetter(column),
      header: grid.text(row, column),
      field: null,
    })),
    // A version column says what the table is, however many of its other headings look like a plan's.
    score: versioned ? 100 : columns.length,
  };
};

/** The best reading of a row as a table header, or null when it is not one. */
// No heading in the seeds runs past this; longer cells are data, and are never matched as headings.
const MAX_HEADING_LENGTH = 80;

// A cheap first look: could this cell be a heading at all? (A period, a rating column…) Cells that
// name a field are found through the vocabulary itself, each distinct text once per grid.
const MAYBE_HEADING =
  /^(rag\b|priority\b|total\b|previous period|current period|target\b|actual\b|(19|20)\d{2}\/\d{2}$|q[1-4]\b|quarter\b|%$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s*'?(\d{2}|\d{4})?$)/;

const namesAField = (
  grid: SheetGrid,
  row: number,
  column: number,
  vocabulary: HeaderVocabulary
): boolean => {
  const header = grid.text(row, column);
  return grid.memo(
    `names-field ${idOf(vocabulary.actions)} ${idOf(vocabulary.measures)}`,
    header,
    (raw) => {
      const key = headerKey(raw);
      if (MAYBE_HEADING.test(key) || VERSION_LOG_TITLES.includes(key) || VERSION_HEADING.test(key))
        return true;
      return [vocabulary.actions, vocabulary.measures, vocabulary.ragKey].some((fields) =>
        matchFields(raw, key, fields).some((m) => m.field !== null)
      );
    }
  );
};

export const classifyHeader = (
  grid: SheetGrid,
  row: number,
  vocabulary: HeaderVocabulary = DEFAULT_HEADER_VOCABULARY
): HeaderCandidate | null => {
  const filled = grid.filledColumns(row);
  if (filled.length < 2) return null;
  let short = 0;
  let maybe = false;
  for (const column of filled) {
    if (grid.text(row, column).length > MAX_HEADING_LENGTH) continue;
    short += 1;
    if (!maybe) maybe = namesAField(grid, row, column, vocabulary);
  }
  if (short < 2 || !maybe) return null;
  // Headings are words: a row that is a third numbers (or dates) is data, whatever its words say
  // (a judgement of "Good" beside an inspection's figures is not a "Good is" polarity heading).
  const figures = filled.filter(
    (column) =>
      typeof grid.value(row, column) === "number" ||
      /^[-+]?[\d,]+(\.\d+)?%?$/.test(grid.text(row, column))
  ).length;
  if (figures * 3 > filled.length && datedPeriodCount(grid, row, filled) < figures) return null;
  const candidates = [
    actionHeader(grid, row, vocabulary),
    ragKeyHeader(grid, row, vocabulary),
    measureHeader(grid, row, vocabulary),
    summaryHeader(grid, row),
    versionLogHeader(grid, row),
  ].filter((c): c is HeaderCandidate => c !== null);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, next) => (next.score > best.score ? next : best));
};
