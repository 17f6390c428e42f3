import { RunBusy } from "../../progress/RunBusy";
import type { RunProgress } from "../../progress/run-progress";
import type { RagTask } from "./use-rag-run";

/**
 * What is happening while a run is under way: the phase in words while the workbook is read and
 * rated, then a bar fed by the gateway's progress as the write plan is applied in chunks (docs/EXCEL.md#reading-and-writing).
 */
export const RagBusy = ({ task, progress }: { task: RagTask; progress: RunProgress | null }) => (
  <RunBusy
    progress={progress}
    starting={
      task === "rate"
        ? "Reading the workbook and rating it…"
        : "Reading the workbook and rating it before writing…"
    }
    writingLabel="Writing the ratings into the workbook"
  />
);
