import type { MeasuredValue, Measure } from "../model/measure";
import type { RatedMeasure } from "../rag/rate-plan";
import type { MeasureLine } from "./report-model";

// The trend shows the latest few values: enough to see a direction, short enough for one cell.
const TREND_POINTS = 4;

export const shownValue = (value: MeasuredValue | null): string =>
  value ? `${value.value}${value.percent ? "%" : ""}` : "";

const POLARITY_WORDS: Record<string, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
  on_target_is_best: "On target is best",
  not_applicable: "Not rated",
};

export const polarityWords = (polarity: string | null): string =>
  polarity ? (POLARITY_WORDS[polarity] ?? polarity) : "Not stated";

/** Comparators with their values ("National 21.3%; SN 22%"), leaving out the empty and the unreadable. */
export const comparatorText = (measure: Measure): string =>
  measure.comparators
    .filter((c) => c.value !== null || (c.text !== "" && !c.unreadable))
    .map((c) => `${c.label} ${c.value ? shownValue(c.value) : c.text}`)
    .join("; ");

/** "Mar 22 40 → Jun 22 44 → Sep 22 45": the values up to the rated period, as text glyphs do not need a chart to be read. */
const trendOf = (rated: RatedMeasure): string => {
  const periods = rated.measure.periods;
  const upTo = rated.period ? periods.indexOf(rated.period) : periods.length - 1;
  // The last few periods with a value, found walking back from the rated one: no copies of the
  // list for each of a thousand measures.
  let trend = "";
  for (let i = upTo, points = 0; i >= 0 && points < TREND_POINTS; i -= 1) {
    const p = periods[i];
    if (p.actual === null) continue;
    const point = `${p.label} ${shownValue(p.actual)}`;
    trend = points === 0 ? point : `${point} → ${trend}`;
    points += 1;
  }
  return trend;
};

/** Every measure of the plan, for the evidence: its latest target and actual, rating, direction and trend. */
export const measureLines = (measures: readonly RatedMeasure[]): MeasureLine[] =>
  measures.map((rated) => ({
    name: rated.measure.name,
    group: rated.measure.group,
    period: rated.period?.label ?? "",
    target: shownValue(rated.period?.target ?? null),
    actual: shownValue(rated.period?.actual ?? null),
    level: rated.rating.level,
    reason: rated.rating.reason,
    direction:
      rated.direction.direction === "n/a" ? "–" : rated.direction.direction.replace("-", " "),
    polarity: polarityWords(rated.polarity),
    comparator: comparatorText(rated.measure),
    trend: trendOf(rated),
  }));
