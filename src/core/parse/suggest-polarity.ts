import type { MeasuredValue, Measure, Polarity } from "../model/measure";
import { parseMeasure } from "./parse-measure";
import { readPolarityFromName, type NameDirection } from "./polarity-name-words";

/** A polarity Plan Tracker proposes for a measure whose workbook and mapping say none, and why. */
export interface PolaritySuggestion {
  polarity: Polarity;
  /** One line: "name says 'turnover'", "target 50 is above baseline 40". */
  reason: string;
}

/** What a suggestion is drawn from: the name, and the first target against the baseline or the first actual. */
export interface PolarityEvidence {
  name: string;
  target: number | null;
  baseline: number | null;
  firstActual: number | null;
  /** "%" when the target is a percentage, so the reason reads "target 90% is above baseline 81.6%". */
  unit?: string;
}

const quoted = (words: readonly string[]): string => words.map((word) => `'${word}'`).join(" and ");

type Comparison = { polarity: NameDirection; sentence: string } | "equal" | null;

/** A target set above where the measure started means more is wanted; below, less. */
const compare = (
  target: number | null,
  start: number | null,
  what: string,
  unit = ""
): Comparison => {
  if (target === null || start === null) return null;
  if (target === start) return "equal";
  return target > start
    ? {
        polarity: "higher_is_better",
        sentence: `target ${target}${unit} is above ${what} ${start}${unit}`,
      }
    : {
        polarity: "lower_is_better",
        sentence: `target ${target}${unit} is below ${what} ${start}${unit}`,
      };
};

/**
 * A polarity for a measure that states none, or null when the evidence is absent or disagrees.
 *
 * The name and the baseline are weighed equally: when they disagree nobody should be told a
 * direction, so there is no suggestion. The first actual is weaker evidence than a baseline:
 * teams often set a target below where a measure already is, to hold it there ("% with fewer than 3
 * social workers": target 80, first actual 84, yet higher is better), so it is used only when the
 * name is silent and there is no baseline, and it never overrules a name.
 */
export const suggestPolarity = (evidence: PolarityEvidence): PolaritySuggestion | null => {
  const name = readPolarityFromName(evidence.name);
  const byBaseline = compare(evidence.target, evidence.baseline, "baseline", evidence.unit);
  const baseline = byBaseline !== null && byBaseline !== "equal" ? byBaseline : null;

  if (name.kind === "says") {
    const says = `name says ${quoted(name.words)}`;
    if (baseline === null) return { polarity: name.polarity, reason: says };
    // Name and numbers pointing different ways: one of them is misleading, and a wrong polarity
    // rates a worsening measure green, so the team decides.
    if (baseline.polarity !== name.polarity) return null;
    return { polarity: name.polarity, reason: `${says}; ${baseline.sentence}` };
  }
  if (baseline !== null) return { polarity: baseline.polarity, reason: baseline.sentence };
  // A name pointing both ways is a reason for a person to look, not for the first actual to decide.
  if (name.kind === "mixed" || byBaseline === "equal") return null;
  const byFirstActual = compare(
    evidence.target,
    evidence.firstActual,
    "the first actual",
    evidence.unit
  );
  return byFirstActual !== null && byFirstActual !== "equal"
    ? { polarity: byFirstActual.polarity, reason: byFirstActual.sentence }
    : null;
};

/**
 * A baseline cell as a number in the target's unit, or null. The cell's number format is not at hand
 * here, so a fraction (0.4) beside a percentage target (45%) cannot be told from 0.4%: such a pair
 * is left uncompared rather than read a hundredfold out.
 */
const baselineOf = (measure: Measure, target: MeasuredValue | null): number | null => {
  const cell = measure.cells.baseline;
  if (!cell || !target) return null;
  const reading = parseMeasure(cell.value, undefined);
  if (reading.kind !== "number") return null;
  if (
    target.percent &&
    !reading.percent &&
    Math.abs(reading.value) <= 1 &&
    Math.abs(target.value) > 1
  )
    return null;
  return reading.value;
};

/** The evidence a measure offers: its name, its first target, its baseline, its first actual. */
export const polarityEvidenceOf = (measure: Measure): PolarityEvidence => {
  const target = measure.periods.find((period) => period.target !== null)?.target ?? null;
  const firstActual = measure.periods.find((period) => period.actual !== null)?.actual ?? null;
  return {
    name: measure.name,
    target: target?.value ?? null,
    baseline: baselineOf(measure, target),
    firstActual: firstActual?.value ?? null,
    unit: target?.percent ? "%" : "",
  };
};
