/** The sheets Plan Tracker owns and rebuilds; it writes nowhere else but the cells it was asked to fill. */
export const RATINGS_SHEET = "Plan Tracker RAG";
export const LISTS_SHEET = "Plan Tracker Lists";
export const HISTORY_SHEET = "Plan Tracker History";
export const REPORT_SHEET = "Board report";
/** Holds what the last run overwrote in the council's own sheets, for "Undo last run" (src/core/undo). */
export const UNDO_SHEET = "Plan Tracker Undo";

export const OWNED_SHEETS: readonly string[] = [RATINGS_SHEET, LISTS_SHEET, HISTORY_SHEET, REPORT_SHEET, UNDO_SHEET];

/** Excel sheet names are case-insensitive ("board report" is the same sheet as "Board report"). */
export const isOwnedSheet = (name: string): boolean => OWNED_SHEETS.some((owned) => owned.toLowerCase() === name.toLowerCase());
