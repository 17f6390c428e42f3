import type { generate, listMeasures } from "./report-engine";

/** The Report view's seam to the workbook: the lazily loaded module, or a stand-in in tests. */
export interface ReportEngine {
  generate: typeof generate;
  listMeasures: typeof listMeasures;
}

export type LoadReportEngine = () => Promise<ReportEngine>;
