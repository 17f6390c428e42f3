/**
 * Scores what detection read from a generated layout against the layout's truth (docs/HISTORY.md#issue-10):
 * actions found (recall, by sheet and row) and precision, fields right, groups right. Problems are
 * described in words a developer can act on, and tallied by kind so the commonest failures show.
 */
import type { ColumnMapping, DetectedTable, PlanModel } from "../../src/core/parse/plan-model";
import type { GeneratedLayout, TruthColumn, TruthTable } from "./layout-generator";
import type { TruthField } from "./layout-words";

/**
 * The model's names for each truth field. A field the model does not have yet (percentComplete)
 * is listed under its own name, so it scores as missing until detection learns it.
 */
const ACCEPTED: Record<TruthField, readonly string[]> = {
  ref: ["ref"],
  title: ["title"],
  owner: ["owner", "responsibleOfficer"],
  due: ["due"],
  status: ["status", "rating"],
  progress: ["progress"],
  percentComplete: ["percentComplete"],
  nextSteps: ["nextSteps"],
  group: ["group"],
  name: ["name"],
  target: ["target"],
  actual: ["actual"],
  baseline: ["baseline"],
  polarity: ["polarity"],
  period: ["period"],
  comparator: ["comparator"],
};

export interface LayoutScore {
  seed: number;
  actionsTruth: number;
  actionsFound: number;
  actionsDetected: number;
  fieldsTruth: number;
  fieldsRight: number;
  /** The same, for actions tables only (a wide measures grid has many period columns and would drown them). */
  actionFieldsTruth: number;
  actionFieldsRight: number;
  groupsTruth: number;
  groupsRight: number;
  measuresTruth: number;
  measuresFound: number;
  /** What went wrong, in words, for this seed (all of it). */
  problems: string[];
  /** The same problems by kind ("field owner → none"), for the tally. */
  kinds: string[];
}

/** Case, punctuation and spacing aside; padded so containment is by whole words. */
const normalise = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

/** Detection's label may say more than a person would ("1. Workforce" for "Workforce"), never less. */
export const groupMatches = (detected: string, truth: string): boolean => {
  const d = normalise(detected);
  const t = normalise(truth);
  return t.trim() === "" ? d.trim() === "" : d.includes(t);
};

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] <= b[1] && b[0] <= a[1];

/** The detected tables that stand for a truth table: sharing a header row, else overlapping its body. */
const detectedTablesFor = (model: PlanModel, truth: TruthTable): DetectedTable[] => {
  const onSheet = model.sheets.find((s) => s.name === truth.sheet)?.tables ?? [];
  const byHeader = onSheet.filter((t) => t.headerRows.some((r) => truth.headerRows.includes(r)));
  if (byHeader.length > 0) return byHeader;
  return onSheet.filter((t) =>
    overlaps(
      [t.headerRows[0] ?? t.firstDataRow, t.lastDataRow],
      [truth.firstDataRow, truth.lastDataRow]
    )
  );
};

const mappingFor = (tables: DetectedTable[], column: number): ColumnMapping | undefined => {
  for (const table of tables) {
    const mapping =
      table.columns.find((c) => c.column === column && c.field !== null) ??
      table.columns.find((c) => c.column === column);
    if (mapping) return mapping;
  }
  return undefined;
};

const fieldRight = (truth: TruthColumn, mapping: ColumnMapping | undefined): boolean => {
  if (!truth.field || !mapping?.field) return false;
  if (!ACCEPTED[truth.field].includes(mapping.field)) return false;
  // Under a period heading, Target and Actual must be told apart.
  return !truth.measure || mapping.measure === truth.measure;
};

const describeMapping = (mapping: ColumnMapping | undefined): string =>
  mapping?.field ? `${mapping.field}${mapping.measure ? `/${mapping.measure}` : ""}` : "none";

/** Where a row detection called an action sits in the truth, to say why it is not one. */
const whyNotAnAction = (layout: GeneratedLayout, sheet: string, row: number): string => {
  const { truth } = layout;
  if (truth.measures.some((m) => m.sheet === sheet && m.row === row)) return "a measure row";
  const tables = truth.tables.filter((t) => t.sheet === sheet);
  if (tables.some((t) => t.headerRows.includes(row))) return "a header row";
  if (tables.some((t) => t.kind === "actions" && t.firstDataRow <= row && row <= t.lastDataRow))
    return "a section or blank row";
  if (tables.some((t) => t.kind === "actions" && t.lastDataRow < row && row <= t.lastDataRow + 8))
    return "a total or filler row under the table";
  if (tables.some((t) => row < t.headerRows[0])) return "a title row above the table";
  if (tables.length === 0) return "a row on a sheet with no plan";
  return "a row outside any table";
};

/** What a truth row is, in a person's words: an action, a section row, a blank row. */
const rowKind = (layout: GeneratedLayout, sheet: string, row: number): string => {
  if (layout.truth.actions.some((a) => a.sheet === sheet && a.row === row)) return "an action";
  const values = layout.snapshot.sheets.find((s) => s.name === sheet)?.values[row - 1] ?? [];
  return values.every((v) => v === null) ? "a blank row" : "a section or other row";
};

/** Why detection did not read an action: its table was not found, ended early, started late, or the row was skipped. */
const whyMissed = (
  layout: GeneratedLayout,
  model: PlanModel,
  sheet: string,
  row: number
): string => {
  const truthTable = layout.truth.tables.find(
    (t) =>
      t.sheet === sheet && t.kind === "actions" && t.firstDataRow <= row && row <= t.lastDataRow
  );
  const detected = truthTable ? detectedTablesFor(model, truthTable) : [];
  if (detected.length === 0) return "its table was not found";
  if (detected.some((t) => t.firstDataRow <= row && row <= t.lastDataRow))
    return `${detected[0].kind} table covers the row but did not read it`;
  const end = Math.max(...detected.map((t) => t.lastDataRow));
  if (row > end) return `the table ends early, before ${rowKind(layout, sheet, end + 1)}`;
  return "the table starts after it";
};

const scoreActions = (layout: GeneratedLayout, model: PlanModel, score: LayoutScore): void => {
  const detected = new Map(model.actions.map((a) => [`${a.sheet}!${a.row}`, a]));
  const truthKeys = new Set(layout.truth.actions.map((a) => `${a.sheet}!${a.row}`));
  score.actionsTruth = layout.truth.actions.length;
  score.actionsDetected = model.actions.length;
  for (const truth of layout.truth.actions) {
    const found = detected.get(`${truth.sheet}!${truth.row}`);
    if (!found) {
      score.problems.push(
        `missed action ${truth.sheet}!${truth.row} "${truth.title.slice(0, 40)}"`
      );
      score.kinds.push(`action missed: ${whyMissed(layout, model, truth.sheet, truth.row)}`);
      continue;
    }
    score.actionsFound += 1;
    score.groupsTruth += 1;
    if (groupMatches(found.group, truth.group)) score.groupsRight += 1;
    else {
      score.problems.push(
        `group of ${truth.sheet}!${truth.row}: got "${found.group}", want "${truth.group}"`
      );
      score.kinds.push(
        `group wrong (${layout.features.find((f) => f.startsWith("groups:")) ?? "?"}${truth.group === "" ? ", none wanted" : ""}${found.group === "" ? ", none given" : ""})`
      );
    }
  }
  for (const action of model.actions)
    if (!truthKeys.has(`${action.sheet}!${action.row}`)) {
      const why = whyNotAnAction(layout, action.sheet, action.row);
      score.problems.push(
        `spurious action ${action.sheet}!${action.row} "${action.title.slice(0, 30)}" (${why})`
      );
      score.kinds.push(`spurious action: ${why}`);
    }
};

const scoreFields = (layout: GeneratedLayout, model: PlanModel, score: LayoutScore): void => {
  for (const table of layout.truth.tables) {
    const detected = detectedTablesFor(model, table);
    if (detected.length === 0) {
      score.problems.push(
        `${table.kind} table ${table.sheet} header row ${table.headerRows.join("+")} (${table.shape}) not found`
      );
      score.kinds.push(`${table.shape} table not found`);
    }
    for (const column of table.columns) {
      if (!column.field) continue;
      score.fieldsTruth += 1;
      if (table.kind === "actions") score.actionFieldsTruth += 1;
      const mapping = mappingFor(detected, column.column);
      if (fieldRight(column, mapping)) {
        score.fieldsRight += 1;
        if (table.kind === "actions") score.actionFieldsRight += 1;
        continue;
      }
      const want = `${column.field}${column.measure ? `/${column.measure}` : ""}`;
      if (detected.length > 0) {
        score.problems.push(
          `${table.sheet}!${column.letter} "${column.header.replace(/\n/g, "\\n")}": got ${describeMapping(mapping)}, want ${want}`
        );
        score.kinds.push(`field ${want} read as ${describeMapping(mapping)} (${table.shape})`);
      }
    }
  }
};

const scoreMeasures = (layout: GeneratedLayout, model: PlanModel, score: LayoutScore): void => {
  // Informational: a long-format measure may rightly be one measure over several rows, so count rows
  // whose measure name detection holds on that sheet.
  score.measuresTruth = layout.truth.measures.length;
  const names = new Set(model.measures.map((m) => `${m.sheet}!${m.name.trim().toLowerCase()}`));
  score.measuresFound = layout.truth.measures.filter((m) =>
    names.has(`${m.sheet}!${m.title.trim().toLowerCase()}`)
  ).length;
};

export const scoreLayout = (layout: GeneratedLayout, model: PlanModel): LayoutScore => {
  const score: LayoutScore = {
    seed: layout.seed,
    actionsTruth: 0,
    actionsFound: 0,
    actionsDetected: 0,
    fieldsTruth: 0,
    fieldsRight: 0,
    actionFieldsTruth: 0,
    actionFieldsRight: 0,
    groupsTruth: 0,
    groupsRight: 0,
    measuresTruth: 0,
    measuresFound: 0,
    problems: [],
    kinds: [],
  };
  scoreActions(layout, model, score);
  scoreFields(layout, model, score);
  scoreMeasures(layout, model, score);
  return score;
};

/** A layout on which detection threw: everything in it counts as missed. */
export const crashedScore = (layout: GeneratedLayout, error: unknown): LayoutScore => ({
  seed: layout.seed,
  actionsTruth: layout.truth.actions.length,
  actionsFound: 0,
  actionsDetected: 0,
  fieldsTruth: layout.truth.tables.reduce((n, t) => n + t.columns.filter((c) => c.field).length, 0),
  fieldsRight: 0,
  actionFieldsTruth: layout.truth.tables
    .filter((t) => t.kind === "actions")
    .reduce((n, t) => n + t.columns.filter((c) => c.field).length, 0),
  actionFieldsRight: 0,
  groupsTruth: 0,
  groupsRight: 0,
  measuresTruth: layout.truth.measures.length,
  measuresFound: 0,
  problems: [`detectPlan threw: ${error instanceof Error ? error.message : String(error)}`],
  kinds: ["detectPlan threw"],
});

export interface ScoreTotals {
  layouts: number;
  recall: number;
  precision: number;
  fields: number;
  groups: number;
  measures: number;
  sums: Omit<LayoutScore, "seed" | "problems" | "kinds">;
  /** Problem kinds, commonest first, with how many layouts show each. */
  kinds: [string, number][];
  failing: LayoutScore[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export const totalScores = (scores: readonly LayoutScore[]): ScoreTotals => {
  const sums = {
    actionsTruth: 0,
    actionsFound: 0,
    actionsDetected: 0,
    fieldsTruth: 0,
    fieldsRight: 0,
    actionFieldsTruth: 0,
    actionFieldsRight: 0,
    groupsTruth: 0,
    groupsRight: 0,
    measuresTruth: 0,
    measuresFound: 0,
  };
  const kinds = new Map<string, number>();
  for (const score of scores) {
    for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += score[key];
    // Counted once per layout: how many layouts show each kind of problem.
    for (const kind of new Set(score.kinds)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return {
    layouts: scores.length,
    recall: ratio(sums.actionsFound, sums.actionsTruth),
    // Actions detection found that the truth holds, over all it found.
    precision: ratio(sums.actionsFound, sums.actionsDetected),
    fields: ratio(sums.fieldsRight, sums.fieldsTruth),
    groups: ratio(sums.groupsRight, sums.groupsTruth),
    measures: ratio(sums.measuresFound, sums.measuresTruth),
    sums,
    kinds: [...kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    failing: scores.filter((s) => s.problems.length > 0),
  };
};

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

export const summaryLine = (totals: ScoreTotals, millis: number): string =>
  `generated layouts: ${totals.layouts} | actions recall ${pct(totals.recall)} (${totals.sums.actionsFound}/${totals.sums.actionsTruth}) precision ${pct(totals.precision)} (${totals.sums.actionsFound}/${totals.sums.actionsDetected}) | fields ${pct(totals.fields)} (${totals.sums.fieldsRight}/${totals.sums.fieldsTruth}; in actions tables ${pct(ratio(totals.sums.actionFieldsRight, totals.sums.actionFieldsTruth))}) | groups ${pct(totals.groups)} (${totals.sums.groupsRight}/${totals.sums.groupsTruth}) | measures named ${pct(totals.measures)} | failing layouts ${totals.failing.length} | ${(millis / 1000).toFixed(1)} s`;

export interface Thresholds {
  recall: number;
  precision: number;
  fields: number;
  groups: number;
  /** Measures whose name detection holds: a table of measures read as empty falls below it. */
  measures: number;
}

/** The bar detection must clear (docs/READING.md, "Proving it"). */
export const ISSUE_10_THRESHOLDS: Thresholds = {
  recall: 0.99,
  precision: 0.99,
  fields: 0.98,
  groups: 0.98,
  measures: 0.99,
};

/** "" when every figure meets its threshold; else what fell short, the commonest failures and the first failing seeds. */
export const shortfall = (
  totals: ScoreTotals,
  thresholds: Thresholds,
  describe: (seed: number) => string
): string => {
  const misses = (Object.keys(thresholds) as (keyof Thresholds)[])
    .filter((key) => totals[key] < thresholds[key])
    .map((key) => `${key} ${pct(totals[key])} < ${pct(thresholds[key])}`);
  if (misses.length === 0) return "";
  const kinds = totals.kinds.slice(0, 15).map(([kind, n]) => `  ${String(n).padStart(6)}  ${kind}`);
  const seeds = totals.failing.slice(0, 10).map(
    (s) =>
      `  ${describe(s.seed)}\n${s.problems
        .slice(0, 4)
        .map((p) => `      ${p}`)
        .join("\n")}${s.problems.length > 4 ? `\n      … and ${s.problems.length - 4} more` : ""}`
  );
  return [
    `Below the bar (docs/READING.md): ${misses.join(", ")}.`,
    "Commonest problems (layouts showing each):",
    ...kinds,
    "First failing seeds (reproduce one with LAYOUT_SEED=<n> npx jest test/core/parse/generated-layouts.test.ts):",
    ...seeds,
  ].join("\n");
};
