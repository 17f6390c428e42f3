import { cellAddress } from "../../model/address";
import type { RagLevel } from "../../model/rag-level";
import type { StatusVocabulary } from "../../model/status-vocabulary";
import type { DetectedTable } from "../plan-model";
import { levelOnLadder } from "./ladder";
import type { SheetGrid } from "./sheet-grid";

/**
 * A numeric scale read the way its key on the sheet says. Numbers alone cannot tell which end is
 * good: Thurrock's 5 is "completed", the Towns Fund return's 5 is "major issues". A small key beside
 * the table ("1 | No problems … 5 | Major issues") settles it, found by its words, not its place.
 */

// What the best and the worst step of a key say.
const GOOD =
  /\b(no (?:\w+ )?(?:problems?|issues?|concerns?|delays?)|on track|tolerable|no risks?)\b/i;
const BAD = /\b(major|severe|critical|serious|significant|unachievable)\b/i;

// How far a key's words may sit from its number (same row), and how long they may run.
const REACH = 3;
const MAX_TEXT = 600;
const MAX_SCORE = 10;

type Tone = "good" | "bad" | "other";

interface KeyStep {
  row: number;
  column: number;
  score: number;
  tone: Tone;
}

const toneOf = (text: string): Tone =>
  GOOD.test(text) ? "good" : BAD.test(text) ? "bad" : "other";

/** The words beside a number in its row, read for their tone; null when no words sit there. */
const toneBeside = (grid: SheetGrid, row: number, column: number): Tone | null => {
  let tone: Tone | null = null;
  for (let offset = 1; offset <= REACH; offset += 1)
    for (const at of [column - offset, column + offset]) {
      const value = at >= grid.firstColumn ? grid.value(row, at) : null;
      if (typeof value !== "string" || value.length > MAX_TEXT) continue;
      const found = toneOf(value);
      if (found !== "other") return found;
      tone ??= "other";
    }
  return tone;
};

/** A column of whole numbers, each with words beside it, over consecutive rows. */
const keysIn = (steps: KeyStep[]): KeyStep[][] => {
  const byColumn = new Map<number, KeyStep[]>();
  for (const step of steps) {
    const column = byColumn.get(step.column);
    if (column) column.push(step);
    else byColumn.set(step.column, [step]);
  }
  const runs: KeyStep[][] = [];
  for (const column of byColumn.values()) {
    let run: KeyStep[] = [];
    for (const step of column) {
      if (run.length > 0 && step.row - run[run.length - 1].row > 2) {
        runs.push(run);
        run = [];
      }
      run.push(step);
    }
    runs.push(run);
  }
  return runs.filter((run) => new Set(run.map((step) => step.score)).size >= 3);
};

/** The scale a key gives: its best end green, its worst red, the steps between by their place. */
const scaleOf = (run: KeyStep[]): Partial<Record<number, RagLevel>> | null => {
  const scores = run.map((step) => step.score);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const toneAt = (score: number): Tone | undefined =>
    run.find((step) => step.score === score)?.tone;
  const lowBest = toneAt(low) === "good" && toneAt(high) === "bad";
  const highBest = toneAt(high) === "good" && toneAt(low) === "bad";
  if (!lowBest && !highBest) return null;
  const steps = high - low + 1;
  const scale: Partial<Record<number, RagLevel>> = {};
  for (let score = low; score <= high; score += 1)
    if (score !== 0) scale[score] = levelOnLadder(lowBest ? score - low : high - score, steps);
  return scale;
};

// A sample is enough to tell a column of scores; the whole sheet is only searched for tables that have one.
const SAMPLE_ROWS = 50;

/** Whether a status or rating column of the table holds whole numbers (a scale to read by its key). */
const holdsScores = (grid: SheetGrid, table: DetectedTable): boolean => {
  const rated = table.columns
    .filter((c) => c.field === "status" || c.field === "rating")
    .map((c) => c.column);
  const last = Math.min(table.lastDataRow, table.firstDataRow + SAMPLE_ROWS - 1);
  for (let row = table.firstDataRow; row <= last; row += 1)
    for (const column of rated) {
      const value = grid.value(row, column);
      if (typeof value === "number" && Number.isInteger(value)) return true;
    }
  return false;
};

/**
 * The key nearest the table on its sheet, as a vocabulary for the table's columns; null when the
 * sheet has no key whose ends say which is good and which is bad. Cells of the table's own body are
 * not a key.
 */
export const scaleKeyVocabulary = (
  grid: SheetGrid,
  table: DetectedTable
): StatusVocabulary | null => {
  if (!holdsScores(grid, table)) return null;
  const columns = table.columns.map((c) => c.column);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const steps: KeyStep[] = [];
  for (let row = grid.firstRow; row <= grid.lastRow; row += 1) {
    const inBody = row >= table.firstDataRow && row <= table.lastDataRow;
    for (const column of grid.filledColumns(row)) {
      if (inBody && column >= left && column <= right) continue;
      const value = grid.value(row, column);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_SCORE)
        continue;
      const tone = toneBeside(grid, row, column);
      if (tone !== null) steps.push({ row, column, score: value, tone });
    }
  }
  const header = table.headerRows[0];
  const distance = (run: KeyStep[]): number =>
    Math.min(...run.map((step) => Math.abs(step.row - header)));
  const keys = keysIn(steps)
    .map((run) => ({ run, scale: scaleOf(run) }))
    .filter(
      (key): key is { run: KeyStep[]; scale: Partial<Record<number, RagLevel>> } =>
        key.scale !== null
    )
    .sort((a, b) => distance(a.run) - distance(b.run));
  const nearest = keys[0];
  if (!nearest) return null;
  const first = nearest.run[0];
  return {
    id: `key ${grid.name}!${cellAddress(first.row, first.column)}`,
    match: "exact",
    entries: [],
    scale: nearest.scale,
    scope: { sheet: grid.name, columns },
  };
};
