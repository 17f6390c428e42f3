/** The sheets Plan Tracker owns and rebuilds; it writes nowhere else but the cells it was asked to fill. */
export const RATINGS_SHEET = "Plan Tracker RAG";
export const LISTS_SHEET = "Plan Tracker Lists";
export const HISTORY_SHEET = "Plan Tracker History";
export const REPORT_SHEET = "Board report";
