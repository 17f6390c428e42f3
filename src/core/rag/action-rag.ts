import type { Action, RecordedRating } from "../model/action";
import type { RagLevel } from "../model/rag-level";
import type { IsoDate, Timescale } from "../model/timescale";
import { daysBetween } from "../parse/excel-date";
import { formatDate } from "./format-date";
import type { RagPolicy } from "./rag-policy";

export type ActionRagFlag = "status-contradicts-date" | "green-without-date";

/** An action's rating as of a date, with the one-line reason a board member can read. */
export interface ActionRating {
  level: RagLevel;
  reason: string;
  /** What the dates alone say. */
  dateLevel: RagLevel;
  /** What a person recorded, if anything. */
  manualLevel: RagLevel | null;
  /** The recorded word as the plan names it ("Amber/Red", "Not started"), when it was a word. */
  manualLabel?: string;
  /** Days past the due date (positive) when overdue, else null. */
  overdueDays: number | null;
  flags: ActionRagFlag[];
}

const RANK: Record<RagLevel, number> = {
  red: 3,
  amber: 2,
  green: 1,
  blue: 0,
  done: 0,
  unrated: -1,
};

export interface DateCheck {
  level: RagLevel;
  reason: string;
  overdueDays: number | null;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** docs/RATINGS.md#action-rag step 2: the rating the timescale gives on its own. */
export const dateCheck = (
  timescale: Timescale,
  asOf: IsoDate,
  progressRecorded: boolean,
  policy: RagPolicy
): DateCheck => {
  const approx = timescale.approx ? " (approx.)" : "";
  switch (timescale.kind) {
    case "DEADLINE":
    case "WINDOW":
    case "FIN_YEAR": {
      if (!timescale.due)
        return { level: "unrated", reason: "no usable due date", overdueDays: null };
      const left = daysBetween(asOf, timescale.due) ?? 0;
      const due = `due ${formatDate(timescale.due)}${approx}`;
      if (left < 0)
        return {
          level: "red",
          reason: `${due}, ${plural(-left, "day")} overdue`,
          overdueDays: -left,
        };
      if (timescale.start && (daysBetween(asOf, timescale.start) ?? 0) > 0)
        return {
          level: "green",
          reason: `starts ${formatDate(timescale.start)}, ${due}`,
          overdueDays: null,
        };
      if (left <= policy.amberWindowDays)
        return {
          level: "amber",
          reason: `${due}, ${left === 0 ? "due today" : `${plural(left, "day")} left`}`,
          overdueDays: null,
        };
      return { level: "green", reason: `${due}, ${plural(left, "day")} left`, overdueDays: null };
    }
    case "ONGOING_FROM": {
      if (!timescale.start)
        return { level: "unrated", reason: "no usable start date", overdueDays: null };
      const from = `ongoing from ${formatDate(timescale.start)}${approx}`;
      if ((daysBetween(asOf, timescale.start) ?? 0) > 0)
        return { level: "green", reason: `${from}, not started yet`, overdueDays: null };
      return progressRecorded
        ? { level: "green", reason: `${from}, progress recorded this period`, overdueDays: null }
        : {
            level: "amber",
            reason: `${from}, no progress recorded this period`,
            overdueDays: null,
          };
    }
    case "ONGOING":
      return {
        level: "unrated",
        reason: "ongoing, with no date to rate against",
        overdueDays: null,
      };
    default:
      return { level: "unrated", reason: "no timescale", overdueDays: null };
  }
};

export type DateChecker = (timescale: Timescale, progressRecorded: boolean) => DateCheck;

/**
 * dateCheck for one as-of date and policy, remembered per timescale: detection shares one Timescale
 * between the actions that wrote the same deadline, so a plan of 100,000 actions has a few hundred.
 */
export const rememberedDateCheck = (asOf: IsoDate, policy: RagPolicy): DateChecker => {
  const known = new Map<Timescale, [DateCheck | undefined, DateCheck | undefined]>();
  return (timescale, progressRecorded) => {
    let pair = known.get(timescale);
    if (!pair) {
      pair = [undefined, undefined];
      known.set(timescale, pair);
    }
    const slot = progressRecorded ? 1 : 0;
    return (pair[slot] ??= dateCheck(timescale, asOf, progressRecorded, policy));
  };
};

// A plan's reasons repeat: 100,000 actions share a few hundred timescales and a handful of recorded
// words. Each distinct reason is spelled once and shared (strings are immutable), rather than joined
// again for each action and kept, in pieces, in every rating (docs/HISTORY.md#issue-6).
const datedReasons = new WeakMap<DateCheck, Map<string | null, string>>();

/** The reason for a dated rating: what the dates say, and what the owner recorded when it is noted. */
const datedReason = (dates: DateCheck, said: string | null): string => {
  let bySaid = datedReasons.get(dates);
  if (bySaid === undefined) {
    bySaid = new Map();
    datedReasons.set(dates, bySaid);
  }
  let reason = bySaid.get(said);
  if (reason === undefined) {
    const completion = dates.level === "red" ? ", no completion recorded" : "";
    const recordedNote = said !== null ? ` (recorded ${said})` : "";
    reason = `${dates.reason}${completion}${recordedNote}`;
    bySaid.set(said, reason);
  }
  return reason;
};

const completeReasons = new Map<string, string>();
const completeReason = (label: string): string => {
  let reason = completeReasons.get(label);
  if (reason === undefined) {
    reason = `recorded as complete (${label})`;
    if (completeReasons.size >= 1000) completeReasons.clear();
    completeReasons.set(label, reason);
  }
  return reason;
};

/**
 * One rating, its keys in the order readers have always seen them (manualLabel only when there is
 * one), built without spreads: a plan of 100,000 actions builds 100,000 (docs/HISTORY.md#issue-6).
 */
const ratingOf = (
  level: RagLevel,
  reason: string,
  dateLevel: RagLevel,
  manualLevel: RagLevel | null,
  manualLabel: string | undefined,
  overdueDays: number | null,
  flags: ActionRagFlag[]
): ActionRating =>
  manualLabel !== undefined
    ? { level, reason, dateLevel, manualLevel, manualLabel, overdueDays, flags }
    : { level, reason, dateLevel, manualLevel, overdueDays, flags };

/**
 * docs/RATINGS.md#action-rag: manual completion wins; otherwise the worse of the manual status and the date check, so a
 * manual status can escalate but never clear a date-derived red; never green without a date. A rating
 * withheld on purpose (exempt under FOI) is not rated at all: its dates would otherwise make it green
 * and say something its owner chose not to. Reasons name the recorded word ("recorded Amber/Red"),
 * since the level alone loses what the owner said.
 */
export const rateAction = (
  action: Action,
  asOf: IsoDate,
  policy: RagPolicy,
  manual: RagLevel | null = action.status?.level ?? null,
  checkDates: DateChecker = (timescale, progressRecorded) =>
    dateCheck(timescale, asOf, progressRecorded, policy),
  recorded: RecordedRating | null = action.status
): ActionRating => {
  const progressRecorded = action.progress.trim() !== "";
  const dates = checkDates(action.timescale, progressRecorded);
  const label = recorded !== null && recorded.level === manual ? recorded.label : undefined;
  const said = label ?? manual;
  const level = dates.level;

  if (recorded?.standing === "withheld")
    return ratingOf(
      "unrated",
      `rating withheld ("${recorded.label ?? ""}"), so not rated from its dates`,
      level,
      manual,
      label,
      null,
      []
    );

  if (manual === "blue" || manual === "done")
    return ratingOf(
      manual,
      label !== undefined ? completeReason(label) : "recorded as complete",
      level,
      manual,
      label,
      null,
      []
    );

  if (level === "unrated") {
    if (manual === "red" || manual === "amber")
      return ratingOf(manual, `recorded ${said}; ${dates.reason}`, level, manual, label, null, []);
    if (manual === "green" && !policy.allowGreenWithoutDate)
      return ratingOf(
        "unrated",
        `recorded ${label ?? "green"} but ${dates.reason}, so not rated`,
        level,
        manual,
        label,
        null,
        ["green-without-date"]
      );
    if (manual === "green")
      return ratingOf("green", `recorded ${said}; ${dates.reason}`, level, manual, label, null, []);
    return ratingOf(
      "unrated",
      label !== undefined ? `recorded ${label}; ${dates.reason}` : dates.reason,
      level,
      manual,
      label,
      null,
      []
    );
  }

  const worse =
    manual !== null && manual !== "unrated" && RANK[manual] > RANK[level] ? manual : level;
  // An "on track" status on an overdue action is the contradiction boards ask about (docs/RATINGS.md#action-rag step 5);
  // "at risk" on an overdue action admits the delay and is not flagged.
  const flags: ActionRagFlag[] =
    manual === "green" && level === "red" ? ["status-contradicts-date"] : [];
  const noted = said !== null && (manual !== "unrated" || label !== undefined);
  return ratingOf(
    worse,
    datedReason(dates, noted ? said : null),
    level,
    manual,
    label,
    dates.overdueDays,
    flags
  );
};
