import type { PaneEngines } from "../../engines/operations";

/** The Report view's seam to the workbook: the operations it runs (engines/operations.ts), or a stand-in in tests. */
export type ReportEngine = Pick<PaneEngines, "generate" | "listMeasures">;

export type LoadReportEngine = () => Promise<ReportEngine>;
