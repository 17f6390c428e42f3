import { analyseWorkbook } from "../../app/analyse-workbook";
import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";
import type { OnRunProgress } from "../progress/run-progress";
import { paneAnalysisOf, type PaneAnalysis } from "../hooks/pane-analysis";

/**
 * The pane's Validate run: the shared read → detect → validate (src/app, as the ribbon and the CLI
 * run it), answered with what the views show. Runs in the engine's worker, or in the pane's own
 * thread where there is no Worker (jest).
 */
export const analysePane = async (
  gateway: WorkbookGateway,
  _request?: undefined,
  onProgress?: OnRunProgress
): Promise<Result<PaneAnalysis, GatewayError>> => {
  const analysis = await analyseWorkbook(gateway, undefined, onProgress);
  return analysis.ok ? { ok: true, value: paneAnalysisOf(analysis.value) } : analysis;
};
