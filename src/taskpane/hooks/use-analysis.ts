import { useCallback, useEffect, useRef, useState } from "react";
import { analyseWorkbook } from "../../app/analyse-workbook";
import type { Analysis } from "../../app/analysis";
import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";

export type AnalysisState =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; analysis: Analysis }
  | { status: "failed"; message: string };

export interface AnalysisController {
  state: AnalysisState;
  run(): Promise<void>;
}

export type Analyse = (gateway: WorkbookGateway) => Promise<Result<Analysis, GatewayError>>;

/** Said when something other than the gateway fails: a bug, never the person's fault. */
export const UNEXPECTED_FAILURE =
  "Plan Tracker hit an unexpected problem while checking this workbook; please try again, and tell your support team if it happens again.";

/**
 * One Validate run at a time over the given gateway. A read failure arrives as a GatewayError with
 * one plain sentence; anything thrown is a bug and is reported as such, never as a stack trace.
 */
export const useAnalysis = (gateway: WorkbookGateway, analyse: Analyse = analyseWorkbook): AnalysisController => {
  const [state, setState] = useState<AnalysisState>({ status: "idle" });
  // Only the latest run may update the pane, and nothing may after the pane has gone.
  const latestRun = useRef(0);
  useEffect(() => {
    latestRun.current = 0;
    return () => {
      latestRun.current = -1;
    };
  }, [gateway]);

  const run = useCallback(async () => {
    if (latestRun.current < 0) return;
    const thisRun = ++latestRun.current;
    setState({ status: "busy" });
    let next: AnalysisState;
    try {
      const result = await analyse(gateway);
      next = result.ok ? { status: "done", analysis: result.value } : { status: "failed", message: result.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: analysis failed", error);
      next = { status: "failed", message: UNEXPECTED_FAILURE };
    }
    if (thisRun === latestRun.current) setState(next);
  }, [analyse, gateway]);

  return { state, run };
};
