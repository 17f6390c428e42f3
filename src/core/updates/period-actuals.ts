import { addressOf } from "../model/address";
import type { CellValue } from "../model/cell-value";
import type { MeasuredValue, Measure, MeasurePeriod, Polarity } from "../model/measure";
import type { RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import { isPercentFormat } from "../parse/parse-measure";
import type { PlanModel } from "../parse/plan-model";
import { formatDate } from "../rag/format-date";
import { rateMeasurePeriod } from "../rag/measure-rag";
import type { ToleranceRule } from "../rag/rag-policy";
import { err, ok, type Result } from "../result";
import { numberFormatAt } from "../snapshot/sheet-access";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";

/** One measure that takes a value for the chosen period, as a performance officer fills it in. */
export interface ActualDue {
  key: string;
  name: string;
  group: string;
  sheet: string;
  row: number;
  /** The cell the value goes in. */
  address: string;
  /** "13%", "215", or null when the period has no target. */
  target: string | null;
  /** The latest earlier value and its period ("24.9% (May 22)"), or null. */
  last: string | null;
  polarity: Polarity | null;
  /** Whether the measure is a percentage, so "13" means 13%. */
  percent: boolean;
  /** What the cell holds now, as shown ("" when empty). */
  current: string;
  /** The rating now, before anything is typed. */
  level: RagLevel;
  reason: string;
}

export interface PeriodActuals {
  /** Every period label the plan's measures use, in plan order. */
  periods: string[];
  period: string;
  measures: ActualDue[];
}

const shown = (value: MeasuredValue | null): string | null =>
  value === null ? null : `${value.value}${value.percent ? "%" : ""}`;

const isPercentMeasure = (measure: Measure): boolean =>
  measure.periods.some(
    (period) => period.actual?.percent === true || period.target?.percent === true
  );

/** Period labels in the order the measures give them, each once. */
const periodLabels = (model: PlanModel): string[] => {
  const labels: string[] = [];
  for (const measure of model.measures)
    for (const period of measure.periods)
      if (period.actualCell && !labels.includes(period.label)) labels.push(period.label);
  return labels;
};

/** The period after the latest one with any value: the one officers are filling in now. */
const currentPeriod = (model: PlanModel, labels: string[]): string => {
  let latest = -1;
  for (const measure of model.measures)
    for (const period of measure.periods)
      if (period.actual !== null) latest = Math.max(latest, labels.indexOf(period.label));
  return labels[Math.min(latest + 1, labels.length - 1)] ?? "";
};

const lastBefore = (measure: Measure, index: number): string | null => {
  for (let at = index - 1; at >= 0; at -= 1) {
    const period = measure.periods[at];
    if (period.actual) return `${shown(period.actual)} (${period.label})`;
  }
  return null;
};

export type ToleranceOf = (measure: Measure) => ToleranceRule;

/**
 * The measures that take a value for a period (its Actual cell exists), with target, last value and
 * polarity; the period is the one asked for, else the one after the latest with any value.
 */
export const periodActuals = (
  model: PlanModel,
  toleranceOf: ToleranceOf,
  chosen?: string
): PeriodActuals => {
  const periods = periodLabels(model);
  const period =
    chosen !== undefined && periods.includes(chosen) ? chosen : currentPeriod(model, periods);
  const measures: ActualDue[] = [];
  for (const measure of model.measures) {
    if (measure.placeholder) continue;
    const index = measure.periods.findIndex(
      (candidate) => candidate.label === period && candidate.actualCell !== null
    );
    if (index < 0) continue;
    const at: MeasurePeriod = measure.periods[index];
    const rating = rateMeasurePeriod(
      at.target,
      at.actual,
      measure.polarity,
      toleranceOf(measure),
      false,
      measure.polaritySource === "suggested"
    );
    measures.push({
      key: measure.key,
      name: measure.name,
      group: measure.group,
      sheet: measure.sheet,
      row: measure.row,
      address: addressOf(at.actualCell) ?? "",
      target: shown(at.target),
      last: lastBefore(measure, index),
      polarity: measure.polarity,
      percent: isPercentMeasure(measure),
      current: shown(at.actual) ?? "",
      level: rating.level,
      reason: rating.reason,
    });
  }
  return { periods, period, measures };
};

/** A value an officer typed for one measure. */
export interface TypedActual {
  key: string;
  text: string;
}

export interface PlannedActuals {
  plan: WritePlan;
  /** Each value as written, with the rating it now gives ("Row 14: 12% against a target of 13%… — Green"). */
  written: { key: string; address: string; level: RagLevel; sentence: string }[];
}

const NUMBER = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(%?)\s*$/;

/** The largest size the measure has had (its targets and values), to catch a slip of the decimal point. */
const largest = (measure: Measure): number | null => {
  const sizes = measure.periods
    .flatMap((period) => [period.actual?.value, period.target?.value])
    .filter((value): value is number => value !== undefined)
    .map(Math.abs);
  return sizes.length === 0 ? null : Math.max(...sizes);
};

const PLAUSIBLE_FACTOR = 10;

/**
 * Check one typed value against the measure: a number; a percentage from 0 to 100 for a percentage
 * measure; never negative where the measure never was; within ten times the largest it has had.
 */
export const checkActual = (
  measure: Measure,
  text: string
): Result<MeasuredValue["value"], string> => {
  const where = `Row ${measure.row} (${measure.name})`;
  const match = NUMBER.exec(text.replace(/,(?=\d{3}\b)/g, ""));
  if (!match) return err(`${where}: '${text.trim()}' is not a number; type it like 42 or 12.5%.`);
  const value = Number(match[1].replace(",", "."));
  const percent = isPercentMeasure(measure);
  if (match[2] === "%" && !percent)
    return err(`${where}: this measure is not a percentage, so type ${value} without the % sign.`);
  if (percent && (value < 0 || value > 100))
    return err(`${where}: ${value}% is not a percentage from 0 to 100.`);
  const negatives = measure.periods.some(
    (period) => (period.actual?.value ?? 0) < 0 || (period.target?.value ?? 0) < 0
  );
  if (value < 0 && !negatives)
    return err(`${where}: ${value} is below zero, which this measure has never been.`);
  const size = largest(measure);
  if (!percent && size !== null && size > 0 && Math.abs(value) > size * PLAUSIBLE_FACTOR)
    return err(
      `${where}: ${value} is more than ten times the largest figure this measure has had (${size}); check the decimal point.`
    );
  return ok(value);
};

/** Whether the measure's other values are stored as Excel percentages (0.13 shown as 13%), to store the new one alike. */
const storedAsFraction = (snapshot: WorkbookSnapshot, measure: Measure): boolean => {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === measure.sheet);
  if (!sheet) return false;
  return measure.periods.some((period) => {
    const cell = period.actual?.cell ?? period.target?.cell;
    return (
      cell !== undefined &&
      typeof cell.value === "number" &&
      isPercentFormat(numberFormatAt(sheet, cell.row, cell.column))
    );
  });
};

/**
 * The write plan for this period's actuals: each value checked first (one refusal names every value
 * that is wrong, nothing written), then one guarded values op per cell; the new rating is said for
 * each, which Excel's highlighting shows at once where Refresh RAG laid it.
 */
export const actualsWritePlan = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  period: string,
  typed: readonly TypedActual[],
  toleranceOf: ToleranceOf,
  today: IsoDate
): Result<PlannedActuals, string> => {
  const ops: WriteOp[] = [];
  const written: PlannedActuals["written"] = [];
  const problems: string[] = [];
  for (const entry of typed) {
    if (entry.text.trim() === "") continue;
    const measure = model.measures.find((candidate) => candidate.key === entry.key);
    const at = measure?.periods.find(
      (candidate) => candidate.label === period && candidate.actualCell !== null
    );
    if (!measure || !at?.actualCell) {
      problems.push(`${entry.key} takes no value for ${period}.`);
      continue;
    }
    const checked = checkActual(measure, entry.text);
    if (!checked.ok) {
      problems.push(checked.error);
      continue;
    }
    const percent = isPercentMeasure(measure);
    const fraction = percent && storedAsFraction(snapshot, measure);
    const cell = at.actualCell;
    const value: CellValue = fraction ? Math.round(checked.value * 1e6) / 1e8 : checked.value;
    ops.push({
      kind: "values",
      sheet: cell.sheet,
      topLeft: addressOf(cell),
      values: [[value]],
      expected: [[cell.value]],
    });
    const sheet = snapshot.sheets.find((candidate) => candidate.name === cell.sheet);
    if (fraction && sheet && !isPercentFormat(numberFormatAt(sheet, cell.row, cell.column)))
      ops.push({
        kind: "numberFormats",
        sheet: cell.sheet,
        topLeft: addressOf(cell),
        formats: [["0.0%"]],
      });
    const measured: MeasuredValue = { value: checked.value, percent, cell: { ...cell, value } };
    const rating = rateMeasurePeriod(
      at.target,
      measured,
      measure.polarity,
      toleranceOf(measure),
      false,
      measure.polaritySource === "suggested"
    );
    written.push({
      key: measure.key,
      address: addressOf(cell),
      level: rating.level,
      sentence: `Row ${measure.row} (${measure.name}): ${rating.reason}`,
    });
  }
  if (problems.length > 0)
    return err(
      problems.length === 1
        ? problems[0]
        : `${problems.length} values were not written: ${problems.join(" ")}`
    );
  if (ops.length === 0) return err(`Type at least one value for ${period}.`);
  return ok({
    plan: { basedOn: snapshot.stamp, ops, label: `Actuals for ${period} on ${formatDate(today)}` },
    written,
  });
};
