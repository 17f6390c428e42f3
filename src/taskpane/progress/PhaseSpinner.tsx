import { LabelledSpinner } from "./LabelledSpinner";
import { phaseWords, type RunProgress } from "./run-progress";

/**
 * A run's phase in words beside a spinner ("Checking 100,000 actions…"). Kept apart from RunBusy's
 * bar so the Validate view, which loads with the pane, does not bring Fluent's ProgressBar into the
 * start-up JavaScript (350 KB budget); that view shows LazyPhaseSpinner, whose spinner is fetched when shown.
 */
export const PhaseSpinner = ({
  progress,
  starting,
}: {
  progress: RunProgress | null;
  starting: string;
}) => <LabelledSpinner label={progress === null ? starting : phaseWords(progress)} />;
