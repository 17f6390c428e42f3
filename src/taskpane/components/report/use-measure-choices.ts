import { useCallback, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import type { IsoDate } from "../../../core/model/timescale";
import { useLatestRun } from "../../hooks/use-latest-run";
import type { RunProgress } from "../../progress/run-progress";
import type { MeasureChoices } from "../../engines/report";
import type { LoadReportEngine } from "./report-engine-types";
import { isNotAPlan } from "../NothingToRate";
import { reportFailureSentence } from "./use-report-run";

export type MeasureListState =
  | { status: "idle" }
  | { status: "loading"; progress: RunProgress | null }
  | { status: "ready"; choices: MeasureChoices; asOf: IsoDate }
  | { status: "failed"; message: string }
  /** The workbook holds nothing to rate, so nothing to chart or report: its one sentence. */
  | { status: "not-a-plan"; sentence: string };

/**
 * The measures a lead can chart, read from the workbook on request. Only the latest load may update
 * the list, and nothing may after the view has gone.
 */
export const useMeasureChoices = (gateway: WorkbookGateway, load: LoadReportEngine) => {
  const [state, setState] = useState<MeasureListState>({ status: "idle" });
  const runs = useLatestRun();

  const loadMeasures = useCallback(
    async (asOf: IsoDate): Promise<MeasureChoices | null> => {
      const thisLoad = runs.start();
      setState({ status: "loading", progress: null });
      let next: MeasureListState;
      try {
        const listed = await (
          await load()
        ).listMeasures(gateway, asOf, (progress) => {
          if (thisLoad.current()) setState({ status: "loading", progress });
        });
        next = listed.ok
          ? { status: "ready", choices: listed.value, asOf }
          : isNotAPlan(listed.error)
            ? { status: "not-a-plan", sentence: listed.error.message }
            : { status: "failed", message: listed.error.message };
      } catch (error: unknown) {
        console.error("Plan Tracker: listing measures failed", error);
        next = { status: "failed", message: reportFailureSentence(error) };
      }
      if (!thisLoad.current()) return null;
      setState(next);
      return next.status === "ready" ? next.choices : null;
    },
    [gateway, load, runs]
  );

  return { state, loadMeasures };
};
