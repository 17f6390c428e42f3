import type { MeasuredValue } from "../../../core/model/measure";
import type { DirectionOfTravel } from "../../../core/rag/direction-of-travel";
import { formatDate } from "../../../core/rag/format-date";
import type { Score } from "../../../core/rag/rate-plan";

/**
 * The words the RAG view puts beside arrows and numbers: an arrow is never the only signal, and a
 * performance direction ("improving") is kept apart from the raw one ("down"), because for a
 * smaller-is-better measure down is good (docs/RATINGS.md#direction-of-travel).
 */

const ARROWS = { up: "↑", down: "↓", same: "→" } as const;
const RAW_WORDS = { up: "up", down: "down", same: "no change" } as const;

const PERFORMANCE_WORDS: Record<DirectionOfTravel["direction"], string> = {
  improving: "improving",
  worsening: "getting worse",
  "no-change": "no significant change",
  "n/a": "direction not judged",
};

/** "↓ down, improving"; "direction not judged" when there is no earlier value to compare with. */
export const directionText = (direction: DirectionOfTravel): string => {
  const performance = PERFORMANCE_WORDS[direction.direction];
  return direction.raw === null
    ? performance
    : `${ARROWS[direction.raw]} ${RAW_WORDS[direction.raw]}, ${performance}`;
};

/** "40%" or "215.5": a percentage is held in points (docs/RATINGS.md#measures), so only its sign is added back. */
export const measuredText = (value: MeasuredValue | null): string =>
  value === null ? "none" : `${value.value}${value.percent ? "%" : ""}`;

/**
 * A numeric scale's mean ratings (Thurrock): "2.8 → 3.3 ↑ up". Both means are already rounded to
 * 1 dp as Excel's ROUND does (docs/RATINGS.md#thurrock-averages), so the comparison is between the figures the board sees.
 */
export const scoreText = (score: Score): string => {
  const { previous, current } = score;
  if (current === null && previous === null) return "not rated";
  if (previous === null) return `${current} (no earlier rating)`;
  if (current === null) return `${previous} → not rated`;
  const raw = current > previous ? "up" : current < previous ? "down" : "same";
  return `${previous} → ${current} ${ARROWS[raw]} ${RAW_WORDS[raw]}`;
};

export const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** Core reasons are clauses ("due 30 Jun 2022, 123 days overdue"); on their own line they start as a sentence. */
export const asSentence = (clause: string): string =>
  clause === "" ? clause : clause.charAt(0).toUpperCase() + clause.slice(1);

/**
 * "Rated as of 1 Feb 2023: 46 actions and 15 measures, each measure on its latest period." Only what
 * the plan has is named (a scorecard has no actions), and the period is said only where there are measures.
 */
export const ratedSummary = (
  asOf: string,
  actions: number,
  measures: number,
  period: string | null
): string => {
  const parts = [
    actions > 0 ? plural(actions, "action", "actions") : "",
    measures > 0 ? plural(measures, "measure", "measures") : "",
  ].filter((part) => part !== "");
  if (parts.length === 0)
    return `Rated as of ${formatDate(asOf)}: no actions or measures were found to rate.`;
  const on =
    measures === 0
      ? ""
      : period === null
        ? ", each measure on its latest period"
        : `, measures rated on ${period}`;
  return `Rated as of ${formatDate(asOf)}: ${parts.join(" and ")}${on}.`;
};
