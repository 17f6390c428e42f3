/**
 * The sheets Plan Tracker owns and rebuilds; it writes nowhere else but the cells it was asked to fill.
 * These are the names it gives them; which sheets are its own is known by a mark, not by the name
 * (src/core/owned/owned-sheets-of.ts): a council's sheet called "Board report" is never Plan Tracker's.
 */
export const RATINGS_SHEET = "Plan Tracker RAG";
export const LISTS_SHEET = "Plan Tracker Lists";
export const HISTORY_SHEET = "Plan Tracker History";
export const REPORT_SHEET = "Board report";
/** Holds what the last run overwrote in the council's own sheets, for "Undo last run" (src/core/undo). */
export const UNDO_SHEET = "Plan Tracker Undo";

/** What each of Plan Tracker's sheets is for; the mark records the role, so a renamed sheet keeps it. */
export type OwnedRole = "ratings" | "lists" | "history" | "report" | "undo";

export const OWNED_ROLES: readonly OwnedRole[] = ["ratings", "lists", "history", "report", "undo"];

export const DEFAULT_SHEET_NAMES: Readonly<Record<OwnedRole, string>> = {
  ratings: RATINGS_SHEET,
  lists: LISTS_SHEET,
  history: HISTORY_SHEET,
  report: REPORT_SHEET,
  undo: UNDO_SHEET,
};
