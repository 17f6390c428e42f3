import { columnLetter, parseRangeAddress } from "../../model/address";
import type { StatusEntry, StatusVocabulary } from "../../model/status-vocabulary";
import type { SheetList } from "../../snapshot/workbook-snapshot";
import type { DetectedTable } from "../plan-model";
import { readStatusText } from "./cell-readers";
import { levelOnLadder } from "./ladder";
import type { SheetGrid } from "./sheet-grid";

/**
 * A column's dropdown says which words it uses and in which order, so those words become the
 * column's vocabulary: each mapped to a level by the words Plan Tracker knows, and a word it does not
 * know ("5. Other") is unrated rather than invalid, since the council offered it to its staff.
 */

// Longer lists are lookups (owners, teams), not status words.
const MAX_STATUS_WORDS = 40;

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const COLOUR = /\b(red|amber|orange|yellow|green|blue|grey|gray|black|purple)\b/i;
const REDDISH = /\b(red|black)\b/i;
const GREENISH = /\bgreen\b/i;

const knownEntry = (
  word: string
): Omit<StatusEntry, "labels" | "glyphs" | "name" | "rank"> | null => {
  const reading = readStatusText(word, undefined);
  if (reading.kind !== "level" || reading.source !== "label") return null;
  return reading.standing !== undefined
    ? { level: reading.level, standing: reading.standing }
    : { level: reading.level };
};

/**
 * A plain colour ladder ("Dark red, Red, Amber, Light green, Green"): every word a colour, red at one
 * end and green at the other. A shade the presets do not know takes its level from its place.
 */
const ladderLevel = (words: readonly string[], index: number): StatusEntry["level"] | null => {
  if (words.length < 3 || !words.every((word) => COLOUR.test(word))) return null;
  const first = words[0];
  const last = words[words.length - 1];
  if (REDDISH.test(first) && GREENISH.test(last))
    return levelOnLadder(words.length - 1 - index, words.length);
  if (GREENISH.test(first) && REDDISH.test(last)) return levelOnLadder(index, words.length);
  return null;
};

/** The vocabulary of one dropdown's words, for the columns it covers. */
export const vocabularyOfList = (
  sheet: string,
  words: readonly string[],
  columns: readonly number[]
): StatusVocabulary => ({
  id: `list ${sheet}!${columns.map(columnLetter).join(",")}`,
  match: "exact",
  entries: words
    .filter((word) => !NUMBER.test(word.trim()))
    .map((word, index, all) => {
      const known = knownEntry(word);
      const level = known?.level ?? ladderLevel(all, index) ?? "unrated";
      return { ...known, level, labels: [word], glyphs: [], name: word, rank: index + 1 };
    }),
  scope: { sheet, columns },
});

const covers = (list: SheetList, column: number, table: DetectedTable): boolean => {
  const area = parseRangeAddress(list.range);
  return (
    area !== null &&
    area.left <= column &&
    column <= area.right &&
    area.top <= table.lastDataRow &&
    table.firstDataRow <= area.bottom
  );
};

/** One vocabulary per distinct dropdown over the table's columns (the rows it reads). */
export const listVocabularies = (grid: SheetGrid, table: DetectedTable): StatusVocabulary[] => {
  const lists = grid.sheet.lists ?? [];
  if (lists.length === 0) return [];
  const columnsByWords = new Map<string, { words: string[]; columns: number[] }>();
  for (const { column } of table.columns) {
    const list = lists.find(
      (candidate) => candidate.values.length <= MAX_STATUS_WORDS && covers(candidate, column, table)
    );
    if (!list) continue;
    const key = list.values.join("\u0001");
    const entry = columnsByWords.get(key) ?? { words: list.values, columns: [] };
    if (!entry.columns.includes(column)) entry.columns.push(column);
    columnsByWords.set(key, entry);
  }
  return [...columnsByWords.values()]
    .map(({ words, columns }) => vocabularyOfList(grid.name, words, columns))
    .filter((vocabulary) => vocabulary.entries.length > 0);
};
