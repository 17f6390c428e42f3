import type { CellRef, RecordedRating } from "../../model/action";
import { type CellValue, cellText, isBlank } from "../../model/cell-value";
import type { RagLevel } from "../../model/rag-level";
import { PRESET_VOCABULARIES, type StatusVocabulary } from "../../model/status-vocabulary";
import { type DatePolicy, type Timescale } from "../../model/timescale";
import { stripHtml } from "../../text/strip-html";
import { normaliseText } from "../../text/normalise-text";
import { nearestLevelByColour, parseStatus } from "../parse-status";
import { parseOwners, type OwnerReading } from "../parse-owners";
import { parseTimescale } from "../timescale/parse-timescale";
import type { ColourKeyEntry } from "../plan-model";
import type { SheetGrid } from "./sheet-grid";

/**
 * The one place detection calls the cell parsers, so every table reader reads text, dates, owners
 * and ratings the same way.
 */

// Anything the HTML stripper or the text tidier would change (tags, entities, bullets, odd spaces,
// line breaks, double spaces, split ordinals, spaced years). Most cells have none, and skip both.
// One pattern: a hand-written scan of the character codes was twice as slow as V8's compiled
// pattern (400,000 plan texts: 64 ms against 31 ms).
const NEEDS_TIDYING =
  /[<&•\t\f\v\r\n\u00A0\u0085\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}|\d (?:st|nd|rd|th)\b|\d \d \d/i;

/** Whether reading the text would change it (HTML, odd spaces, split ordinals…): most cells, no. */
export const mayNeedTidying = (text: string): boolean =>
  NEEDS_TIDYING.test(text) || text !== text.trim();

/** Cell text as a person reads it: HTML removed, whitespace tidied. */
export const readPlainText = (value: CellValue): string => {
  if (isBlank(value)) return "";
  const text = cellText(value);
  if (!NEEDS_TIDYING.test(text)) return text.trim();
  return normaliseText(stripHtml(text).text).text;
};

export const readOwnerCell = (text: string): OwnerReading => parseOwners(text);

// One memo table per date policy (the same text reads differently under another policy), and one
// each for text and for date serials, so a text's memo key is the text itself.
interface TimescaleMemos {
  text: string;
  serial: string;
  /** Reads a text under this policy; made once, not a new function per cell read. */
  readText: (text: string) => Timescale;
}
const timescaleMemoNames = new WeakMap<DatePolicy, TimescaleMemos>();
const timescaleMemos = (policy: DatePolicy): TimescaleMemos => {
  let names = timescaleMemoNames.get(policy);
  if (names === undefined) {
    const name = `timescale ${policy.dayOrder} ${policy.seasons} ${policy.byMonth} ${policy.financialYearStartMonth}`;
    names = {
      text: `${name} text`,
      serial: `${name} serial`,
      readText: (text) => parseTimescale(text, undefined, policy),
    };
    timescaleMemoNames.set(policy, names);
  }
  return names;
};

/**
 * A due-date cell read by the timescale grammar. Deadlines repeat down a plan ("March 2023", the same
 * serial), so each distinct value and format is parsed once per detection run; the Timescale read is
 * shared by the actions that wrote the same thing, and nothing changes it after reading. Only a
 * number's format is looked up: text reads the same whatever format its cell carries.
 */
export const readTimescaleCell = (
  grid: SheetGrid,
  cell: CellRef | null,
  policy: DatePolicy
): Timescale => {
  if (!cell || cell.value === null) return parseTimescale(null, undefined, policy);
  const value = cell.value;
  if (typeof value === "string") {
    const memos = timescaleMemos(policy);
    return grid.memo(memos.text, value, memos.readText);
  }
  if (typeof value !== "number") return parseTimescale(value, undefined, policy);
  const format = grid.numberFormat(cell.row, cell.column);
  return grid.memo(timescaleMemos(policy).serial, `${value}\u0001${format ?? ""}`, () =>
    parseTimescale(value, format, policy)
  );
};

/** A Time/Deadline-like cell: a date serial with a date format, or text the timescale grammar reads as a date. */
export const isDateLike = (grid: SheetGrid, row: number, column: number): boolean => {
  const value = grid.value(row, column);
  if (isBlank(value)) return false;
  const timescale = parseTimescale(value, grid.numberFormat(row, column), DATE_LIKE_POLICY);
  return timescale.due !== null || timescale.start !== null;
};

const DATE_LIKE_POLICY: DatePolicy = {
  dayOrder: "dmy",
  seasons: "meteorological",
  byMonth: "end",
  financialYearStartMonth: 4,
};

/** Every preset at once: a status cell is read by whichever council wording it uses. */
const ALL_WORDS: StatusVocabulary[] = [
  PRESET_VOCABULARIES.gcc,
  PRESET_VOCABULARIES.bcp,
  PRESET_VOCABULARIES.scorecard,
  PRESET_VOCABULARIES.deliveryConfidence,
  PRESET_VOCABULARIES.generic,
  PRESET_VOCABULARIES.withheld,
];

// "4 – Completed, monitoring": a numeric scale's rating written with its words (Plan Tracker's own output).
const SCORED_LABEL = /^\s*([1-5])\s*[–—-]\s+\S/;

/**
 * Read a status's text: the council's own words (its mapping, the column's dropdown) first, then
 * every preset. A leading number belongs to the label ("1. Not yet started" is a dropdown's first
 * item, not a 1 on Thurrock's scale); only text no vocabulary knows is read as a scored label, and a
 * word that agrees with its scored number keeps the number.
 */
export const readStatusText = (
  value: CellValue,
  numberFormat: string | undefined,
  extra: readonly StatusVocabulary[] = []
): ReturnType<typeof parseStatus> => {
  const scored = typeof value === "string" ? SCORED_LABEL.exec(value.replace(/^[^\w]+/, "")) : null;
  const byScore = scored
    ? parseStatus(Number(scored[1]), undefined, PRESET_VOCABULARIES.thurrock)
    : null;
  let last = parseStatus(value, numberFormat, ALL_WORDS[0]);
  for (const vocabulary of [...extra, ...ALL_WORDS]) {
    last = parseStatus(value, numberFormat, vocabulary);
    if (last.kind === "level") {
      if (byScore?.kind === "level" && byScore.level === last.level)
        return { ...last, score: byScore.score, source: byScore.source };
      return last;
    }
  }
  return byScore ?? last;
};

interface CellVocabularies {
  list: readonly StatusVocabulary[];
  /** Names the list for the per-run memo of status words. */
  key: string;
  /** Reads a status word by this list; made once per list, not a new function per cell read. */
  readText: (text: string) => ReturnType<typeof parseStatus>;
}

// Worked out once per vocabulary list, sheet and column, not once per cell: this runs for every
// rating cell, so the lookup makes no key string.
const atColumn = new WeakMap<
  readonly StatusVocabulary[],
  Map<string, (CellVocabularies | undefined)[]>
>();

/** The vocabularies that apply to one cell: unscoped ones, and those read from the workbook for its column. */
const vocabulariesAt = (extra: readonly StatusVocabulary[], cell: CellRef): CellVocabularies => {
  let bySheet = atColumn.get(extra);
  if (!bySheet) {
    bySheet = new Map();
    atColumn.set(extra, bySheet);
  }
  let byColumn = bySheet.get(cell.sheet);
  if (!byColumn) {
    byColumn = [];
    bySheet.set(cell.sheet, byColumn);
  }
  let found = byColumn[cell.column];
  if (!found) {
    const list = extra.filter(
      (vocabulary) =>
        !vocabulary.scope ||
        (vocabulary.scope.sheet === cell.sheet && vocabulary.scope.columns.includes(cell.column))
    );
    found = {
      list,
      key: `status ${list.length} ${list.map((vocabulary) => vocabulary.id).join("\u0001")}`,
      readText: (text) => readStatusText(text, undefined, list),
    };
    byColumn[cell.column] = found;
  }
  return found;
};

/** The numeric scale for a cell: the first of its vocabularies that has one (a key on the sheet), else Thurrock's. */
const scaleAt = (vocabularies: readonly StatusVocabulary[]): StatusVocabulary =>
  vocabularies.find((vocabulary) => vocabulary.scale !== undefined) ?? PRESET_VOCABULARIES.thurrock;

// A colour-only plan (BCP) fills hundreds of status cells with the key's few colours: each distinct
// fill is matched to the key once, per key.
const fillLevels = new WeakMap<ColourKeyEntry[], Map<string, RagLevel | null>>();
const levelOfFill = (colourKey: ColourKeyEntry[], fill: string): RagLevel | null => {
  let known = fillLevels.get(colourKey);
  if (!known) {
    known = new Map();
    fillLevels.set(colourKey, known);
  }
  let level = known.get(fill);
  if (level === undefined) {
    const legend = colourKey
      .filter((entry): entry is ColourKeyEntry & { fill: string } => entry.fill !== null)
      .map((e) => ({ level: e.level, fill: e.fill }));
    level = nearestLevelByColour(fill, legend);
    known.set(fill, level);
  }
  return level;
};

/**
 * A recorded rating: a 1–5 score (Thurrock), a label or glyph, or — when the cell is empty text — its
 * fill matched to the workbook's own colour key (BCP, docs/STATUSES.md rule 3). Null when not rated.
 */
export const readRatingCell = (
  grid: SheetGrid,
  cell: CellRef,
  period: string,
  colourKey: ColourKeyEntry[],
  extra: readonly StatusVocabulary[] = []
): RecordedRating | null => {
  if (isBlank(cell.value)) {
    const fill = grid.fill(cell.row, cell.column);
    if (!fill) return null;
    const level = levelOfFill(colourKey, fill);
    return level ? { period, level, score: null, source: "fill", cell } : null;
  }
  const text = cell.value;
  const here = vocabulariesAt(extra, cell);
  // Status words repeat down a column: read each distinct word once per detection run and vocabulary list.
  // Only a number's format matters (a 0 shown as a date is no rating); words read the same in any format.
  const reading =
    typeof text === "number"
      ? parseStatus(text, grid.numberFormat(cell.row, cell.column), scaleAt(here.list))
      : typeof text === "string"
        ? grid.memo(here.key, text, here.readText)
        : readStatusText(text, undefined, here.list);
  if (reading.kind !== "level") return null;
  // A word that is known but is no rating ("Not started", "Exempt under FOI") is kept, unrated, so it
  // is never reported as invalid and the rating knows why it has none; a tick or glyph alone is not.
  if (reading.level === "unrated" && reading.source !== "label") return null;
  const rating: RecordedRating = {
    period,
    level: reading.level,
    score: reading.score,
    source: reading.source,
    cell,
  };
  if (reading.source === "label") rating.label = reading.label ?? readPlainText(text);
  if (reading.rank !== undefined) rating.rank = reading.rank;
  if (reading.standing !== undefined) rating.standing = reading.standing;
  return rating;
};
