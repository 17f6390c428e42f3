import { useCallback, useEffect, useState } from "react";
import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";
import { isNotAPlan } from "../components/NothingToRate";
import type { OnRunProgress, RunProgress } from "../progress/run-progress";
import { loadEngines } from "../engines/load-engines";
import type { PaneEngines } from "../engines/operations";
import type { PaneAnalysis } from "./pane-analysis";
import { useLatestRun } from "./use-latest-run";

export type AnalysisState =
  | { status: "idle" }
  | { status: "busy"; progress: RunProgress | null }
  | { status: "done"; analysis: PaneAnalysis }
  /** The workbook holds nothing to rate: its one sentence, shown as information. */
  | { status: "not-a-plan"; sentence: string }
  | { status: "failed"; message: string };

export interface AnalysisController {
  state: AnalysisState;
  run(): Promise<void>;
}

export type Analyse = (
  gateway: WorkbookGateway,
  onProgress?: OnRunProgress
) => Promise<Result<PaneAnalysis, GatewayError>>;

/** The Validate engine as loaded: in the engine's worker, or the table itself in the pane's thread. */
export type AnalyseEngine = Pick<PaneEngines, "analysePane">;

/** Said when the checking code itself cannot be fetched (a dropped connection to the add-in's web server). */
export const CHECKER_UNAVAILABLE =
  "Plan Tracker could not load the code that checks workbooks; check your connection, then close and reopen the pane.";

class CheckerUnavailable extends Error {}

/** Wraps the loader of the analysis code, so a failed download (or a worker that will not start) is told apart from a bug. */
export const analyseWith =
  (load: () => Promise<AnalyseEngine>): Analyse =>
  async (gateway, onProgress) => {
    let engine: AnalyseEngine;
    try {
      engine = await load();
    } catch (error: unknown) {
      throw new CheckerUnavailable(String(error));
    }
    return engine.analysePane(gateway, undefined, onProgress);
  };

/**
 * The shared read → detect → validate run, fetched on first use: the pane opens (and Excel sees it
 * respond) without parsing the whole rule catalogue first, and a desktop host restarts an add-in that
 * is unresponsive for 5 s (docs/EXCEL.md#limits). It runs in the engine's worker, so the pane keeps answering
 * while a large plan is checked; where there is no Worker (jest) it runs in the pane's thread.
 */
export const analyseOnDemand: Analyse = analyseWith(loadEngines);

/** Said when something other than the gateway fails: a bug, never the person's fault. */
export const UNEXPECTED_FAILURE =
  "Plan Tracker hit an unexpected problem while checking this workbook; please try again, and tell your support team if it happens again.";

/**
 * One Validate run at a time over the given gateway. A read failure arrives as a GatewayError with
 * one plain sentence; anything thrown is a bug and is reported as such, never as a stack trace.
 */
export const useAnalysis = (
  gateway: WorkbookGateway,
  analyse: Analyse = analyseOnDemand
): AnalysisController => {
  const [state, setState] = useState<AnalysisState>({ status: "idle" });
  const runs = useLatestRun();
  // Another workbook: forget the last result and ignore any run still reading the old one.
  useEffect(() => {
    runs.forget();
    setState((previous) => (previous.status === "idle" ? previous : { status: "idle" }));
  }, [gateway, runs]);

  const run = useCallback(async () => {
    const thisRun = runs.start();
    setState({ status: "busy", progress: null });
    let next: AnalysisState;
    try {
      const result = await analyse(gateway, (progress) => {
        if (thisRun.current()) setState({ status: "busy", progress });
      });
      next = result.ok
        ? { status: "done", analysis: result.value }
        : isNotAPlan(result.error)
          ? { status: "not-a-plan", sentence: result.error.message }
          : { status: "failed", message: result.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: analysis failed", error);
      next = {
        status: "failed",
        message: error instanceof CheckerUnavailable ? CHECKER_UNAVAILABLE : UNEXPECTED_FAILURE,
      };
    }
    if (thisRun.current()) setState(next);
  }, [analyse, gateway, runs]);

  return { state, run };
};
