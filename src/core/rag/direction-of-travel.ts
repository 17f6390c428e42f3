import type { MeasuredValue, Polarity } from "../model/measure";
import type { RagPolicy } from "./rag-policy";

/** Performance direction, judged by polarity (docs/RATINGS.md#direction-of-travel); "n/a" when it cannot be judged. */
export type Direction = "improving" | "worsening" | "no-change" | "n/a";
/** Raw direction of the value itself, kept separately: "declined" and "rose" are not the same thing. */
export type RawDirection = "up" | "down" | "same";

export interface DirectionOfTravel {
  direction: Direction;
  raw: RawDirection | null;
  /** Current − previous, in the measure's unit. */
  change: number | null;
}

const NONE: DirectionOfTravel = { direction: "n/a", raw: null, change: null };

// Floating-point noise must not turn "the same" into a change.
const clean = (n: number): number => Number(n.toPrecision(12));

/**
 * Compare the current value with the previous one. Changes within the band are "no significant
 * change": 0.5 points for percentages, 1% of the previous value otherwise (both settings).
 */
export const directionOfTravel = (
  previous: MeasuredValue | null,
  current: MeasuredValue | null,
  polarity: Polarity | null,
  policy: RagPolicy,
  targets?: { previous: MeasuredValue | null; current: MeasuredValue | null }
): DirectionOfTravel => {
  if (!previous || !current) return NONE;
  const change = clean(current.value - previous.value);
  const raw: RawDirection = change > 0 ? "up" : change < 0 ? "down" : "same";
  const band =
    current.percent || previous.percent
      ? policy.noChangeBand.percentPoints
      : (Math.abs(previous.value) * policy.noChangeBand.relativePercent) / 100;
  if (polarity === null || polarity === "not_applicable") return { direction: "n/a", raw, change };
  if (polarity === "on_target_is_best") {
    if (!targets?.previous || !targets.current) return { direction: "n/a", raw, change };
    const before = Math.abs(previous.value - targets.previous.value);
    const after = Math.abs(current.value - targets.current.value);
    const closer = clean(before - after);
    return {
      direction: Math.abs(closer) <= band ? "no-change" : closer > 0 ? "improving" : "worsening",
      raw,
      change,
    };
  }
  if (Math.abs(change) <= band) return { direction: "no-change", raw, change };
  const better = polarity === "higher_is_better" ? change > 0 : change < 0;
  return { direction: better ? "improving" : "worsening", raw, change };
};
