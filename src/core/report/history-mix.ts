import { cellText } from "../model/cell-value";
import { RAG_LEVELS, type RagLevel } from "../model/rag-level";
import { ownedSheetsOf } from "../owned/owned-sheets-of";
import { emptyCounts, type LevelCounts } from "../rag/level-counts";
import { type LevelSet, levelText } from "../rag/level-presets";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";

/** The columns before the periods on the history sheet (src/core/rag/write/period-snapshot.ts). */
const KEY_COLUMNS = 4;

/** One recorded period of the history sheet: how many actions were at each level, and each action's level. */
export interface RecordedPeriod {
  period: string;
  counts: LevelCounts;
  /** By "sheet|key", as the history sheet keys its rows. */
  levelOf: Map<string, RagLevel>;
}

/** A level from the words the history sheet holds ("▲ Compromised", or the label alone if someone retyped it). */
const levelFrom = (levels: LevelSet, text: string): RagLevel | null => {
  const words = text.trim().toLowerCase();
  if (words === "") return null;
  return (
    RAG_LEVELS.find(
      (l) => levelText(levels, l).toLowerCase() === words || levels[l].label.toLowerCase() === words
    ) ?? null
  );
};

/**
 * The periods recorded on Plan Tracker's history sheet (docs/HISTORY.md#issue-3-4), oldest first, so the report
 * can show the status mix over time and each count's change since the last period. None when the
 * workbook has no history sheet yet.
 */
export const recordedPeriods = (snapshot: WorkbookSnapshot, levels: LevelSet): RecordedPeriod[] => {
  const history = ownedSheetsOf(snapshot.sheets).of("history");
  const sheet = history.found ? snapshot.sheets.find((s) => s.name === history.name) : undefined;
  if (!sheet || sheet.firstRow !== 1 || sheet.firstColumn !== 1) return [];
  const header = (sheet.values[0] ?? []).map((v) => cellText(v).trim());
  const periods: RecordedPeriod[] = [];
  for (let column = KEY_COLUMNS; column < header.length; column += 1) {
    if (header[column] === "") continue;
    const counts = emptyCounts();
    const levelOf = new Map<string, RagLevel>();
    for (const row of sheet.values.slice(1)) {
      const level = levelFrom(levels, cellText(row[column] ?? null));
      if (level === null) continue;
      counts[level] += 1;
      levelOf.set(`${cellText(row[1] ?? null)}|${cellText(row[0] ?? null)}`, level);
    }
    periods.push({ period: header[column], counts, levelOf });
  }
  return periods;
};

/**
 * The first period of the unbroken run of red ratings that reaches the latest recorded period, for an
 * action red now: the board sees how long an exception has been carried (docs/REPORT.md#what-boards-asked-for).
 */
export const carriedFrom = (periods: readonly RecordedPeriod[], key: string): string | null => {
  let from: string | null = null;
  for (let i = periods.length - 1; i >= 0; i -= 1) {
    if (periods[i].levelOf.get(key) !== "red") break;
    from = periods[i].period;
  }
  return from;
};
