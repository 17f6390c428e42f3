import { addressOf } from "../model/address";
import { cellText } from "../model/cell-value";
import { COMPLETE_LEVELS, type RagLevel } from "../model/rag-level";
import type { IsoDate } from "../model/timescale";
import { daysBetween } from "../parse/excel-date";
import { formatDate } from "../rag/format-date";
import type { RagResult, RatedAction } from "../rag/rate-plan";
import { namesPerson, type PlanPerson } from "./people";

/** The five lists an owner's actions fall into, in the order an owner works through them. */
export type MyActionsBucket = "overdue" | "soon" | "later" | "no-date" | "done";

export const MY_ACTIONS_BUCKETS: readonly MyActionsBucket[] = [
  "overdue",
  "soon",
  "later",
  "no-date",
  "done",
];

/** How far ahead "due soon" looks, in days. */
export const DUE_SOON_DAYS = 30;

export interface MyAction {
  key: string;
  ref: string | null;
  title: string;
  group: string;
  sheet: string;
  row: number;
  /** The cell to go to: the action's title, else its first cell. */
  address: string;
  /** The due date as written in the plan ("end of Sept", "30/09/2025"). */
  dueWritten: string;
  /** The due date as Plan Tracker read it ("30 Sep 2025"), or null when it read none. */
  dueRead: string | null;
  /** The status the owner recorded, in the plan's own words ("At risk", "2"), or null. */
  recorded: string | null;
  level: RagLevel;
  reason: string;
  /** The first lines of the latest progress note, or "". */
  progress: string;
  /** Whether it is theirs by name or because they lead its group. */
  through: "owner" | "lead";
  bucket: MyActionsBucket;
}

export interface MyActions {
  person: string;
  asOf: IsoDate;
  /** Groups the person leads, whose every action is listed. */
  leads: string[];
  buckets: Record<MyActionsBucket, MyAction[]>;
  total: number;
}

const PROGRESS_CHARACTERS = 240;

const firstLines = (text: string): string => {
  const trimmed = text.trim();
  return trimmed.length <= PROGRESS_CHARACTERS
    ? trimmed
    : `${trimmed.slice(0, PROGRESS_CHARACTERS - 1).trimEnd()}…`;
};

const bucketOf = (rated: RatedAction, asOf: IsoDate): MyActionsBucket => {
  const { rating, action } = rated;
  if (
    COMPLETE_LEVELS.includes(rating.level) ||
    (rating.manualLevel !== null && COMPLETE_LEVELS.includes(rating.manualLevel))
  )
    return "done";
  if (rating.overdueDays !== null && rating.overdueDays > 0) return "overdue";
  const due = action.timescale.due;
  if (due === null) return "no-date";
  const left = daysBetween(asOf, due) ?? 0;
  if (left < 0) return "overdue";
  return left <= DUE_SOON_DAYS ? "soon" : "later";
};

const recordedWords = (rated: RatedAction): string | null => {
  const { status, ratings } = rated.action;
  const latest = status ?? ratings[ratings.length - 1] ?? null;
  if (latest === null) return null;
  if (latest.label) return latest.label;
  if (latest.source === "fill") return `${latest.level} fill`;
  return cellText(latest.cell.value) || latest.level;
};

const itemOf = (rated: RatedAction, through: MyAction["through"], asOf: IsoDate): MyAction => {
  const { action, rating } = rated;
  const due = action.cells.due;
  const at =
    action.cells.title ??
    action.cells.ref ??
    Object.values(action.cells).find((cell) => cell !== undefined);
  const timescale = action.timescale;
  return {
    key: action.key,
    ref: action.ref,
    title: action.title,
    group: action.group,
    sheet: action.sheet,
    row: action.row,
    address: addressOf(at) ?? `A${action.row}`,
    dueWritten: due ? cellText(due.value) : "",
    dueRead: timescale.due
      ? `${formatDate(timescale.due)}${timescale.approx ? " (approx.)" : ""}`
      : null,
    recorded: recordedWords(rated),
    level: rating.level,
    reason: rating.reason,
    progress: firstLines(action.progress),
    through,
    bucket: bucketOf(rated, asOf),
  };
};

/** Overdue ones most overdue first; the others by due date, undated in plan order. */
const byDue = (a: MyAction, b: MyAction, dues: Map<MyAction, string | null>): number => {
  const [da, db] = [dues.get(a) ?? null, dues.get(b) ?? null];
  if (da === db) return 0;
  if (da === null) return 1;
  if (db === null) return -1;
  return da < db ? -1 : 1;
};

/**
 * One person's actions as of a date, in the five lists an owner works through: Overdue, Due in the
 * next 30 days, Later, No date, Done. A lead also sees every action of the groups they lead.
 */
export const myActions = (result: RagResult, person: PlanPerson): MyActions => {
  const buckets: Record<MyActionsBucket, MyAction[]> = {
    overdue: [],
    soon: [],
    later: [],
    "no-date": [],
    done: [],
  };
  const led = new Set(person.leads);
  const dues = new Map<MyAction, string | null>();
  let total = 0;
  for (const rated of result.actions) {
    if (rated.action.placeholder) continue;
    const own = namesPerson(rated.action, person);
    if (!own && !led.has(rated.action.group)) continue;
    const item = itemOf(rated, own ? "owner" : "lead", result.asOf);
    dues.set(item, rated.action.timescale.due);
    buckets[item.bucket].push(item);
    total += 1;
  }
  for (const bucket of MY_ACTIONS_BUCKETS) buckets[bucket].sort((a, b) => byDue(a, b, dues));
  return { person: person.name, asOf: result.asOf, leads: [...person.leads], buckets, total };
};
