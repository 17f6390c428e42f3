import { useCallback, useState } from "react";
import type { GatewayError, WorkbookGateway } from "../../../core/gateway";
import type { Result } from "../../../core/result";
import { UNEXPECTED_FAILURE } from "../../hooks/use-analysis";
import { isNotAPlan } from "../NothingToRate";
import { useLatestRun } from "../../hooks/use-latest-run";
import type { OnRunProgress, RunProgress } from "../../progress/run-progress";
import type { RagRequest, RagRun, RefreshRequest } from "../../engines/rag";
import { EnginesUnavailable } from "../../engines/load-engines";
import type { LoadRagEngine } from "./rag-engine-types";

export type RagTask = "rate" | "refresh";

export type RagRunState =
  | { status: "idle" }
  | { status: "busy"; task: RagTask; progress: RunProgress | null }
  | { status: "done"; task: RagTask; run: RagRun; request: RagRequest }
  | { status: "failed"; task: RagTask; message: string }
  /** Nothing to rate: neither Rate nor Refresh RAG reads on or writes; the one sentence is shown instead. */
  | { status: "not-a-plan"; task: RagTask; sentence: string };

export interface RagRunController {
  state: RagRunState;
  rate(request: RagRequest): Promise<void>;
  refresh(request: RefreshRequest): Promise<void>;
}

/** Said when the rating code itself cannot be fetched (a dropped connection to the add-in's web server). */
export const ENGINE_UNAVAILABLE =
  "Plan Tracker could not load the code that rates workbooks; check your connection, then close and reopen the pane.";

/** A thrown error is a bug or a failed download, never the person's fault; say which, never a stack trace. */
export const failureSentence = (error: unknown): string =>
  error instanceof EnginesUnavailable ? ENGINE_UNAVAILABLE : UNEXPECTED_FAILURE;

/**
 * One Rate or Refresh at a time over the given gateway. Only the latest run may update the view
 * (a slow read of an earlier as-of date must not overwrite a later one), and nothing may after the
 * view has gone.
 */
export const useRagRun = (
  gateway: WorkbookGateway,
  load: LoadRagEngine,
  onRun: (run: RagRun) => void
): RagRunController => {
  const [state, setState] = useState<RagRunState>({ status: "idle" });
  const runs = useLatestRun();

  const go = useCallback(
    async (
      task: RagTask,
      request: RagRequest,
      work: (onProgress: OnRunProgress) => Promise<Result<RagRun, GatewayError>>
    ) => {
      const thisRun = runs.start();
      setState({ status: "busy", task, progress: null });
      const onProgress = (progress: RunProgress) => {
        if (thisRun.current()) setState({ status: "busy", task, progress });
      };
      let next: RagRunState;
      try {
        const result = await work(onProgress);
        next = result.ok
          ? { status: "done", task, run: result.value, request }
          : isNotAPlan(result.error)
            ? { status: "not-a-plan", task, sentence: result.error.message }
            : { status: "failed", task, message: result.error.message };
      } catch (error: unknown) {
        console.error(`Plan Tracker: RAG ${task} failed`, error);
        next = { status: "failed", task, message: failureSentence(error) };
      }
      if (!thisRun.current()) return;
      setState(next);
      if (next.status === "done") onRun(next.run);
    },
    [onRun, runs]
  );

  const rate = useCallback(
    (request: RagRequest) =>
      go("rate", request, async (onProgress) => (await load()).rate(gateway, request, onProgress)),
    [go, load, gateway]
  );
  const refresh = useCallback(
    (request: RefreshRequest) =>
      go("refresh", request, async (onProgress) =>
        (await load()).refresh(gateway, request, onProgress)
      ),
    [go, load, gateway]
  );

  return { state, rate, refresh };
};
