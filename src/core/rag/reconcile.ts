import { addressOf } from "../model/address";
import { DEFAULT_LEVEL_STYLES, type RagLevel } from "../model/rag-level";
import type { RagResult, RatedAction } from "./rate-plan";

/** One action whose owner's rating and Plan Tracker's differ, said in one line a board can read. */
export interface RatingDisagreement {
  ref: string;
  title: string;
  /** Who the action belongs to, as the plan names them ("" when it names no one). */
  owner: string;
  sheet: string;
  /** The owner's rating cell, else the action's title cell. */
  cell: string;
  /** The owner's level; null when their word maps to no level ("Not started"): never guessed. */
  ownerLevel: RagLevel | null;
  /** The owner's own words where they wrote some, else the colour they chose. */
  ownerWords: string;
  /** Plan Tracker's rating, from the dates (docs/RATINGS.md#action-rag). */
  calculated: RagLevel;
  /** Why, in the rating's own words, without repeating what the owner recorded. */
  reason: string;
  /** "owner: Green · dates: Red — due 30 Jun 2022, 215 days overdue, no completion recorded". */
  line: string;
}

/** Owners' ratings against Plan Tracker's for every action that has both (docs/HISTORY.md#issue-11-2). */
export interface Reconciliation {
  /** Actions with an owner's rating to compare. */
  compared: number;
  agreed: number;
  /** Actions no owner has rated (blank, 0, or withheld): nothing to reconcile. */
  unrecorded: number;
  disagreements: RatingDisagreement[];
  /** "owners and dates agree on 20 of 38 actions; 8 have no owner rating". */
  summary: string;
}

// Colour names, not a council's labels: "owner: Amber · dates: Red" reads the same in every plan.
const colour = (level: RagLevel): string => DEFAULT_LEVEL_STYLES[level].label;

// rateAction ends a reason with what the owner recorded; the line already says it, once.
const RECORDED_NOTE = /\s*\(recorded [^)]*\)$/;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Gathers the reconciliation as a pass over the rated actions meets each one, in plan order. */
export interface Reconciler {
  action(rated: RatedAction): void;
  /** The reconciliation of the actions met, out of `rated` actions in all. */
  result(rated: number): Reconciliation;
}

/**
 * Where owners and Plan Tracker rate an action differently, and why. Plan Tracker's rating is the
 * worse of the owner's and the dates' (docs/RATINGS.md#action-rag), so a difference means the dates say worse than
 * the owner, or the owner's rating cannot stand (green with no date). A word that maps to no level
 * is shown as written and counts as agreeing only where Plan Tracker gives no level either.
 *
 * Fed one action at a time so the report's own pass over 100,000 actions can feed it rather than
 * walk them all again (docs/HISTORY.md#issue-6).
 */
export const reconciler = (): Reconciler => {
  let compared = 0;
  let agreed = 0;
  const disagreements: RatingDisagreement[] = [];
  // Reasons are shared between actions (rateAction spells each once): each is cut once, and each
  // line (owner's words, level, reason) spelled once and shared, since thousands repeat a few hundred.
  const cut = new Map<string, { reason: string; lines: Map<RagLevel, Map<string, string>> }>();
  return {
    action({ action, rating }) {
      // What the owner said: nothing that counts as a rating when there is no level, the rating was
      // withheld or withdrawn, or a word maps to no level and is blank.
      const manual = rating.manualLevel;
      if (manual === null) return;
      const standing = action.status?.standing;
      if (standing === "withheld" || standing === "withdrawn") return;
      const words = rating.manualLabel?.trim() ?? "";
      if (manual === "unrated" && words === "") return;
      const ownerLevel = manual === "unrated" ? null : manual;
      compared += 1;
      if ((ownerLevel ?? "unrated") === rating.level) {
        agreed += 1;
        return;
      }
      const ownerWords = ownerLevel !== null && words === "" ? colour(ownerLevel) : words;
      let said = cut.get(rating.reason);
      if (said === undefined) {
        said = { reason: rating.reason.replace(RECORDED_NOTE, ""), lines: new Map() };
        cut.set(rating.reason, said);
      }
      const reason = said.reason;
      let byWords = said.lines.get(rating.level);
      if (byWords === undefined) {
        byWords = new Map();
        said.lines.set(rating.level, byWords);
      }
      let line = byWords.get(ownerWords);
      if (line === undefined) {
        line = `owner: ${ownerWords} · dates: ${colour(rating.level)} — ${reason}`;
        byWords.set(ownerWords, line);
      }
      disagreements.push({
        ref: action.ref ?? action.key,
        title: action.title,
        owner: action.owners.join("; "),
        sheet: action.sheet,
        cell: addressOf(action.status?.cell) ?? addressOf(action.cells.title) ?? `A${action.row}`,
        ownerLevel,
        ownerWords,
        calculated: rating.level,
        reason,
        line,
      });
    },
    result(rated) {
      const unrecorded = rated - compared;
      const summary =
        compared === 0
          ? "No owner has rated an action, so there is nothing to reconcile."
          : `owners and dates agree on ${agreed} of ${plural(compared, "action", "actions")}${unrecorded > 0 ? `; ${plural(unrecorded, "has", "have")} no owner rating` : ""}`;
      return { compared, agreed, unrecorded, disagreements, summary };
    },
  };
};

/** The reconciliation of every rated action (reconciler, fed each in turn). */
export const reconcile = (result: RagResult): Reconciliation => {
  const owners = reconciler();
  for (let i = 0; i < result.actions.length; i += 1) owners.action(result.actions[i]);
  return owners.result(result.actions.length);
};
