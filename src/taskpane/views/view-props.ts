import type { WorkbookGateway } from "../../core/gateway";
import type { AnalysisController } from "../hooks/use-analysis";
import type { HostMode } from "../host/detect-host";

/** What every pane view receives: the workbook seam, where it runs, and the shared Validate run. */
export interface ViewProps {
  gateway: WorkbookGateway;
  mode: HostMode;
  /** Shared so that a later view (RAG, Report) can reuse the analysis Validate produced. */
  analysis: AnalysisController;
}
