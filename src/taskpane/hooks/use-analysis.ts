import { useCallback, useEffect, useRef, useState } from "react";
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

/** Said when the checking code itself cannot be fetched (a dropped connection to the add-in's host). */
export const CHECKER_UNAVAILABLE = "Plan Tracker could not load the code that checks workbooks; check your connection, then close and reopen the pane.";

class CheckerUnavailable extends Error {}

/** Wraps the loader of the analysis code, so a failed download is told apart from a bug. */
export const analyseWith =
  (load: () => Promise<{ analyseWorkbook: Analyse }>): Analyse =>
  async (gateway) => {
    let module: { analyseWorkbook: Analyse };
    try {
      module = await load();
    } catch (error: unknown) {
      throw new CheckerUnavailable(String(error));
    }
    return module.analyseWorkbook(gateway);
  };

/**
 * The shared read → detect → validate run, fetched on first use: the pane opens (and Excel sees it
 * respond) without parsing the whole rule catalogue first, and a desktop host restarts an add-in that
 * is unresponsive for 5 s (DESIGN §4.1).
 */
export const analyseOnDemand: Analyse = analyseWith(() => import(/* webpackChunkName: "analysis" */ "../../app/analyse-workbook"));

/** Said when something other than the gateway fails: a bug, never the person's fault. */
export const UNEXPECTED_FAILURE =
  "Plan Tracker hit an unexpected problem while checking this workbook; please try again, and tell your support team if it happens again.";

/**
 * One Validate run at a time over the given gateway. A read failure arrives as a GatewayError with
 * one plain sentence; anything thrown is a bug and is reported as such, never as a stack trace.
 */
export const useAnalysis = (gateway: WorkbookGateway, analyse: Analyse = analyseOnDemand): AnalysisController => {
  const [state, setState] = useState<AnalysisState>({ status: "idle" });
  // Only the latest run may update the pane, and nothing may after the pane has gone.
  const latestRun = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // Another workbook: forget the last result and ignore any run still reading the old one.
  useEffect(() => {
    latestRun.current += 1;
    setState((previous) => (previous.status === "idle" ? previous : { status: "idle" }));
  }, [gateway]);

  const run = useCallback(async () => {
    const thisRun = ++latestRun.current;
    setState({ status: "busy" });
    let next: AnalysisState;
    try {
      const result = await analyse(gateway);
      next = result.ok ? { status: "done", analysis: result.value } : { status: "failed", message: result.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: analysis failed", error);
      next = { status: "failed", message: error instanceof CheckerUnavailable ? CHECKER_UNAVAILABLE : UNEXPECTED_FAILURE };
    }
    if (mounted.current && thisRun === latestRun.current) setState(next);
  }, [analyse, gateway]);

  return { state, run };
};
