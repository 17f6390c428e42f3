import { Spinner } from "@fluentui/react-components";
import { phaseWords, type RunProgress } from "./run-progress";

/**
 * A run's phase in words beside a spinner ("Checking 100,000 actions…"). Kept apart from RunBusy's
 * bar so the Validate view, which loads with the pane, does not bring Fluent's ProgressBar into the
 * start-up JavaScript (500 KB budget).
 */
export const PhaseSpinner = ({ progress, starting }: { progress: RunProgress | null; starting: string }) => (
  <Spinner size="small" labelPosition="after" label={progress === null ? starting : phaseWords(progress)} />
);
