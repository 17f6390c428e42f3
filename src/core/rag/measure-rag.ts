import * as D from "../model/decimal";
import type { MeasuredValue, Polarity } from "../model/measure";
import type { RagLevel } from "../model/rag-level";
import type { ToleranceRule } from "./rag-policy";

/** Why a measure period is or is not rated: the scorecard's three no-RAG states and ours (docs/RATINGS.md#target-vs-actual rule 5). */
export type MeasureRagState =
  "rated" | "no-target" | "no-value" | "no-information" | "no-polarity" | "not-applicable";

export interface MeasureRating {
  level: RagLevel;
  state: MeasureRagState;
  /** "24.9% against a target of 13% (lower is better): 11.9 points worse, beyond the 5% tolerance". */
  reason: string;
}

const unit = (value: MeasuredValue): string => (value.percent ? "%" : "");
const show = (value: MeasuredValue): string => `${value.value}${unit(value)}`;
const exact = (n: number): D.Decimal => D.fromNumber(n) ?? D.fromNumber(0)!;

// The tolerance as a fraction (5% → 0.05) for each percentage a council set: every period of every
// measure is rated against the same one or two, so each is worked out once.
const fractions = new Map<number, D.Decimal>();
const fractionOf = (percent: number): D.Decimal => {
  let fraction = fractions.get(percent);
  if (fraction === undefined) {
    fraction = D.mul(exact(percent), exact(0.01));
    if (fractions.size >= 100) fractions.clear();
    fractions.set(percent, fraction);
  }
  return fraction;
};

/** How far short of the target counts as "within tolerance", in the measure's own unit. */
const toleranceAmount = (target: D.Decimal, rule: ToleranceRule): D.Decimal =>
  rule.mode === "absolute" ? exact(rule.value) : D.mul(D.abs(target), fractionOf(rule.value));

const describeTolerance = (rule: ToleranceRule, percent: boolean): string =>
  rule.mode === "relative"
    ? `${rule.value}% tolerance`
    : `${rule.value}${percent ? "-point" : ""} tolerance`;

/** A rated period's level, and the amount its reason quotes: how far outside the band, or how far short. */
interface Judgement {
  level: RagLevel;
  by: D.Decimal;
}

const judge = (
  target: number,
  actual: number,
  polarity: "higher_is_better" | "lower_is_better" | "on_target_is_best",
  tolerance: ToleranceRule
): Judgement => {
  const t = exact(target);
  const a = exact(actual);
  const allowed = toleranceAmount(t, tolerance);
  if (polarity === "on_target_is_best") {
    const off = D.sub(D.abs(D.sub(a, t)), allowed);
    if (off.units <= 0n) return { level: "green", by: off };
    return { level: D.cmp(off, allowed) <= 0 ? "amber" : "red", by: off };
  }
  const shortfall = polarity === "higher_is_better" ? D.sub(t, a) : D.sub(a, t);
  if (shortfall.units <= 0n) return { level: "green", by: shortfall };
  // A target of 0 has no relative tolerance: any shortfall is red, unless the rule is absolute.
  const level: RagLevel =
    D.cmp(shortfall, allowed) <= 0 && !(tolerance.mode === "relative" && D.isZero(t))
      ? "amber"
      : "red";
  return { level, by: shortfall };
};

/**
 * docs/RATINGS.md#target-vs-actual: green when the target is met (meeting it exactly is green); amber when short by no more
 * than the tolerance (the boundary itself is amber); red beyond it. Exact decimal arithmetic, so
 * 12.6% against 12% at a 5% tolerance is exactly on the boundary (amber), as councils compute it.
 */
export const rateMeasurePeriod = (
  target: MeasuredValue | null,
  actual: MeasuredValue | null,
  polarity: Polarity | null,
  tolerance: ToleranceRule,
  placeholder = false,
  /** The polarity is Plan Tracker's suggestion, not the council's: every reason that leans on it says so. */
  suggested = false
): MeasureRating => {
  if (placeholder)
    return {
      level: "unrated",
      state: "no-information",
      reason: "No information: the measure is not yet defined",
    };
  if (polarity === null)
    return { level: "unrated", state: "no-polarity", reason: "not rated: no polarity set" };
  if (polarity === "not_applicable")
    return { level: "unrated", state: "not-applicable", reason: "not rated: a contextual measure" };
  if (actual === null)
    return { level: "unrated", state: "no-value", reason: "No Value for this period" };
  if (target === null)
    return { level: "unrated", state: "no-target", reason: `${show(actual)}: Missing Target` };

  const { level, by } = judge(target.value, actual.value, polarity, tolerance);
  const against = `${show(actual)} against a target of ${show(target)}`;
  const tol = describeTolerance(tolerance, actual.percent);

  if (polarity === "on_target_is_best") {
    const note = suggested ? ` (on target is best, suggested)` : "";
    if (level === "green")
      return {
        level,
        state: "rated",
        reason: `${against}${note}: inside the target band (±${tol})`,
      };
    return {
      level,
      state: "rated",
      reason: `${against}${note}: outside the target band by ${D.toNumber(by)}${unit(actual)}`,
    };
  }

  const direction = `${polarity === "higher_is_better" ? "higher is better" : "lower is better"}${suggested ? ", suggested" : ""}`;
  if (level === "green")
    return { level, state: "rated", reason: `${against} (${direction}): target met` };
  const gap = `${D.toNumber(by)}${actual.percent ? " points" : ""}`;
  return {
    level,
    state: "rated",
    reason: `${against} (${direction}): ${gap} short, ${level === "amber" ? "within" : "beyond"} the ${tol}`,
  };
};

// A measure's trend compares the same few targets and actuals again and again (300 distinct pairs
// among 10,000 rated periods of a generated plan; a council's targets repeat month after month), and
// each exact comparison makes a dozen big integers: each pair's level is worked out once per polarity
// and tolerance (docs/HISTORY.md#issue-6). A level is a plain word, so sharing it is safe; the memo is
// emptied when it grows large.
const knownLevels = new Map<string, Map<number, Map<number, RagLevel>>>();
let knownCount = 0;
const KNOWN_LEVELS_KEPT = 50_000;

/** A period's level by its target and actual, for one measure's polarity and tolerance. */
export type PeriodLevel = (target: MeasuredValue | null, actual: MeasuredValue | null) => RagLevel;

/**
 * rateMeasurePeriod's level alone, without its words, for every period of one measure: a measure's
 * trend rates every period it has (24,000 on 1,000 measures over two years) and keeps only the level.
 */
export const periodLevels = (
  polarity: Polarity | null,
  tolerance: ToleranceRule,
  placeholder = false
): PeriodLevel => {
  if (placeholder || polarity === null || polarity === "not_applicable") return () => "unrated";
  const key = `${polarity}|${tolerance.mode}|${tolerance.value}`;
  let byTarget = knownLevels.get(key);
  if (byTarget === undefined) {
    byTarget = new Map();
    knownLevels.set(key, byTarget);
  }
  const known = byTarget;
  return (target, actual) => {
    if (actual === null || target === null) return "unrated";
    let byActual = known.get(target.value);
    if (byActual === undefined) {
      byActual = new Map();
      known.set(target.value, byActual);
    }
    let level = byActual.get(actual.value);
    if (level === undefined) {
      level = judge(target.value, actual.value, polarity, tolerance).level;
      knownCount += 1;
      if (knownCount > KNOWN_LEVELS_KEPT) {
        knownLevels.clear();
        knownCount = 0;
      }
      byActual.set(actual.value, level);
    }
    return level;
  };
};

/** rateMeasurePeriod's level alone, without its words (periodLevels, for one period). */
export const measurePeriodLevel = (
  target: MeasuredValue | null,
  actual: MeasuredValue | null,
  polarity: Polarity | null,
  tolerance: ToleranceRule,
  placeholder = false
): RagLevel => periodLevels(polarity, tolerance, placeholder)(target, actual);
