import { Field, ProgressBar } from "@fluentui/react-components";
import { PhaseSpinner } from "./PhaseSpinner";
import type { RunProgress } from "./run-progress";

export interface RunBusyProps {
  progress: RunProgress | null;
  /** Said before the run has reported anything. */
  starting: string;
  /** Over the bar while the write goes in ("Writing the ratings into the workbook"). */
  writingLabel: string;
}

/**
 * What a run is doing, as it goes (docs/EXCEL.md#reading-and-writing, docs/HISTORY.md#issue-6): the phase in words while the workbook is
 * read and the engine works ("Checking 100,000 actions…"), then a bar with its steps while the write
 * plan is applied in chunks. Placed inside an aria-live region by each view.
 */
export const RunBusy = ({ progress, starting, writingLabel }: RunBusyProps) => {
  if (progress !== null && progress.phase === "writing" && progress.total > 0) {
    const done = Math.min(progress.done, progress.total);
    return (
      <Field label={writingLabel} hint={`${done} of ${progress.total} steps`}>
        <ProgressBar value={done / progress.total} />
      </Field>
    );
  }
  return <PhaseSpinner progress={progress} starting={starting} />;
};
