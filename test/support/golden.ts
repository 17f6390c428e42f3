import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * Golden files of visible cells: what a run left in a workbook, one line per cell
 * ("Sheet!B7 [look…]", as the visibleCells helpers write them), kept in test/golden so that a change
 * shows up in review as the cells that changed. A mismatch fails with the cells added, removed and
 * changed, never a hash. `UPDATE_GOLDEN=1` rewrites the files instead of comparing
 * (docs/TESTING.md#golden-files).
 */

const ROOT = join(__dirname, "..", "..");
export const GOLDEN_DIR = join(ROOT, "test", "golden");

/** Lines shown on a mismatch; the counts above them say how many more there are. */
const SHOWN = 40;

export const updatingGoldens = (): boolean => process.env.UPDATE_GOLDEN === "1";

interface CellLine {
  sheet: string;
  /** 0 for a whole column's summary ("Sheet!D:D …"), which sorts above the column's cells. */
  row: number;
  column: string;
  look: string;
}

// The sheet name may hold spaces and "!"; the address is the first "!A1 " (or "!D:D ") after it.
const LINE = /^(.*?)!([A-Z]+)(\d+|:[A-Z]+) (.*)$/;

const parse = (line: string): CellLine => {
  const match = LINE.exec(line);
  if (!match) throw new Error(`Not a visible-cell line (Sheet!A1 [...]): ${line.slice(0, 80)}`);
  return {
    sheet: match[1],
    column: match[2],
    row: match[3].startsWith(":") ? 0 : Number(match[3]),
    look: match[4],
  };
};

const cellKey = (cell: CellLine): string =>
  `${cell.sheet}!${cell.column}${cell.row === 0 ? `:${cell.column}` : cell.row}`;

// Sheet by name, then row, then column as Excel orders them (Z before AA), so a golden reads down a sheet.
const byCell = (a: CellLine, b: CellLine): number =>
  a.sheet < b.sheet
    ? -1
    : a.sheet > b.sheet
      ? 1
      : a.row - b.row ||
        a.column.length - b.column.length ||
        (a.column < b.column ? -1 : a.column > b.column ? 1 : 0);

/** The lines in golden order: by sheet name, row, then column. */
export const sortCellLines = (lines: readonly string[]): string[] =>
  lines
    .map(parse)
    .sort(byCell)
    .map((cell) => `${cellKey(cell)} ${cell.look}`);

export interface CellDiff {
  added: { cell: string; look: string }[];
  removed: { cell: string; look: string }[];
  changed: { cell: string; was: string; now: string }[];
}

/** Which cells `actual` has that `expected` lacks, lacks that it has, and shows differently. */
export const diffCellLines = (expected: readonly string[], actual: readonly string[]): CellDiff => {
  const index = (lines: readonly string[]): Map<string, string> =>
    new Map(lines.map(parse).map((cell) => [cellKey(cell), cell.look]));
  const was = index(expected);
  const now = index(actual);
  const diff: CellDiff = { added: [], removed: [], changed: [] };
  for (const [cell, look] of now) {
    const before = was.get(cell);
    if (before === undefined) diff.added.push({ cell, look });
    else if (before !== look) diff.changed.push({ cell, was: before, now: look });
  }
  for (const [cell, look] of was) if (!now.has(cell)) diff.removed.push({ cell, look });
  return diff;
};

const sheetOf = (cell: string): string => parse(`${cell} x`).sheet;

const parseLook = (look: string): unknown => {
  try {
    return JSON.parse(look) as unknown;
  } catch {
    return look;
  }
};

/**
 * What changed in one cell: the fields that differ ("fill "none" → "FF00703C""), named by `fields`
 * (the visibleCells helper's order) when given, with the whole new look below for context.
 */
const describeChange = (
  cell: string,
  was: string,
  now: string,
  fields: readonly string[]
): string[] => {
  const before = parseLook(was);
  const after = parseLook(now);
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length)
    return [`~ ${cell}`, `    was ${was}`, `    now ${now}`];
  const changes = after.flatMap((value: unknown, i) => {
    const old: unknown = before[i];
    return JSON.stringify(old) === JSON.stringify(value)
      ? []
      : [`${fields[i] ?? `#${i}`} ${JSON.stringify(old)} → ${JSON.stringify(value)}`];
  });
  return [`~ ${cell}: ${changes.join("; ")}`, `    now ${now}`];
};

const cells = (n: number): string => `${n} ${n === 1 ? "cell" : "cells"}`;

/**
 * A short account of a diff: the counts, the sheets they fall on, then the first cells changed,
 * added and removed. `fields` names the positions of a look, for the changed cells.
 */
export const describeCellDiff = (diff: CellDiff, fields: readonly string[] = []): string => {
  const perSheet = new Map<string, number>();
  const count = (cell: string): void =>
    void perSheet.set(sheetOf(cell), (perSheet.get(sheetOf(cell)) ?? 0) + 1);
  [...diff.added, ...diff.removed, ...diff.changed].forEach(({ cell }) => count(cell));
  const shown = [
    ...diff.changed.flatMap(({ cell, was, now }) => describeChange(cell, was, now, fields)),
    ...diff.added.map(({ cell, look }) => `+ ${cell} ${look}`),
    ...diff.removed.map(({ cell, look }) => `- ${cell} ${look}`),
  ];
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  return [
    `${cells(diff.added.length)} added, ${diff.removed.length} removed, ${diff.changed.length} changed` +
      ` (${[...perSheet].map(([sheet, n]) => `'${sheet}' ${n}`).join(", ")})`,
    ...shown.slice(0, SHOWN),
    ...(shown.length > SHOWN ? [`… and more: ${cells(total)} in all`] : []),
  ].join("\n");
};

/**
 * Only the cells a run wrote: each cell of `after` that differs from `before`, and "(blank)" for a
 * cell the run left untouched-looking. Enough to pin a large workbook's run down without listing
 * the input it was given, which is regenerated from a seed and never changes on its own.
 */
export const writtenCellLines = (before: readonly string[], after: readonly string[]): string[] => {
  const diff = diffCellLines(before, after);
  return [
    ...diff.added.map(({ cell, look }) => `${cell} ${look}`),
    ...diff.changed.map(({ cell, now }) => `${cell} ${now}`),
    ...diff.removed.map(({ cell }) => `${cell} (blank)`),
  ];
};

/**
 * A large run in reviewable form: every cell of the first `rows` rows of each sheet, and for each
 * column one line with how many of the lines it holds and a hash of them, so a change further down
 * still names its sheet and column ("Plan Tracker Undo!D:D 2000 cells 1a2b…").
 */
export const headAndColumnSummaries = (lines: readonly string[], rows: number): string[] => {
  const cells = sortCellLines(lines).map(parse);
  const columns = new Map<string, string[]>();
  for (const cell of cells) {
    const column = `${cell.sheet}!${cell.column}:${cell.column}`;
    const held = columns.get(column) ?? [];
    held.push(`${cellKey(cell)} ${cell.look}`);
    columns.set(column, held);
  }
  const summaries = [...columns].map(
    ([column, held]) =>
      `${column} ${held.length} cells ${createHash("sha256").update(held.join("\n")).digest("hex").slice(0, 16)}`
  );
  return [
    ...summaries,
    ...cells.filter((cell) => cell.row <= rows).map((cell) => `${cellKey(cell)} ${cell.look}`),
  ];
};

const readGolden = (file: string): string[] | null =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line !== "")
    : null;

// What this run wrote to each golden, so two cases sharing one golden cannot silently overwrite each other.
const written = new Map<string, string>();

/**
 * Compare visible-cell lines with test/golden/<name>.txt; with UPDATE_GOLDEN=1, write them there.
 * Several cases may share one golden (the same run on two Excel versions): that asserts they agree.
 * `fields` names the positions of a cell's look, so a failure says "fill" rather than "#2".
 */
export const expectGolden = (
  name: string,
  lines: readonly string[],
  fields: readonly string[] = []
): void => {
  const file = join(GOLDEN_DIR, `${name}.txt`);
  const shown = relative(ROOT, file);
  const sorted = sortCellLines(lines);
  if (updatingGoldens()) {
    const text = sorted.map((line) => `${line}\n`).join("");
    const earlier = written.get(file);
    if (earlier !== undefined && earlier !== text) {
      throw new Error(
        `${shown} is shared by cases that disagree; give them separate goldens.\n${describeCellDiff(diffCellLines(readGolden(file) ?? [], sorted), fields)}`
      );
    }
    written.set(file, text);
    mkdirSync(dirname(file), { recursive: true });
    if (readGolden(file)?.join("\n") !== sorted.join("\n")) writeFileSync(file, text);
    return;
  }
  const golden = readGolden(file);
  if (golden === null)
    throw new Error(
      `No golden at ${shown}: run with UPDATE_GOLDEN=1 to write it, then read it before committing.`
    );
  const diff = diffCellLines(golden, sorted);
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return;
  throw new Error(
    `What the run left differs from ${shown}:\n${describeCellDiff(diff, fields)}\n` +
      `If the change is intended: UPDATE_GOLDEN=1 npx jest <this test file>, then read git diff test/golden.`
  );
};
