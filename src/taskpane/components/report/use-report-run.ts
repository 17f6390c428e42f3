import { useCallback, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import type { ReportRequest, ReportRun } from "../../engines/report";
import { EnginesUnavailable } from "../../engines/load-engines";
import type { LoadReportEngine } from "./report-engine-types";
import type { RunProgress } from "../../progress/run-progress";
import { useLatestRun } from "../../hooks/use-latest-run";
import { isNotAPlan } from "../NothingToRate";

export type ReportRunState =
  | { status: "idle" }
  | { status: "busy"; progress: RunProgress | null }
  | { status: "done"; run: ReportRun; request: ReportRequest }
  | { status: "failed"; message: string }
  /** Nothing to rate, so no report is written: the one sentence is shown instead. */
  | { status: "not-a-plan"; sentence: string };

/** Said when something other than the workbook fails: a bug, never the person's fault. */
export const REPORT_UNEXPECTED_FAILURE =
  "Plan Tracker hit an unexpected problem while building the board report; please try again, and tell your support team if it happens again.";

/** Said when the report code itself cannot be fetched (a dropped connection to the add-in's web server). */
export const REPORT_ENGINE_UNAVAILABLE =
  "Plan Tracker could not load the code that builds board reports; check your connection, then close and reopen the pane.";

/** A thrown error is a bug or a failed download; say which in one sentence, never a stack trace. */
export const reportFailureSentence = (error: unknown): string =>
  error instanceof EnginesUnavailable ? REPORT_ENGINE_UNAVAILABLE : REPORT_UNEXPECTED_FAILURE;

/**
 * One Generate report at a time over the given gateway. Only the latest run may update the view (a
 * slow earlier run must not overwrite a later one), and nothing may after the view has gone.
 */
export const useReportRun = (gateway: WorkbookGateway, load: LoadReportEngine) => {
  const [state, setState] = useState<ReportRunState>({ status: "idle" });
  const runs = useLatestRun();

  const generate = useCallback(
    async (request: ReportRequest) => {
      const thisRun = runs.start();
      setState({ status: "busy", progress: null });
      const onProgress = (progress: RunProgress) => {
        if (thisRun.current()) setState({ status: "busy", progress });
      };
      let next: ReportRunState;
      try {
        const result = await (await load()).generate(gateway, request, onProgress);
        next = result.ok
          ? { status: "done", run: result.value, request }
          : isNotAPlan(result.error)
            ? { status: "not-a-plan", sentence: result.error.message }
            : { status: "failed", message: result.error.message };
      } catch (error: unknown) {
        console.error("Plan Tracker: board report failed", error);
        next = { status: "failed", message: reportFailureSentence(error) };
      }
      if (thisRun.current()) setState(next);
    },
    [gateway, load, runs]
  );

  return { state, generate };
};
