import { Suspense, lazy } from "react";
import { phaseWords, type RunProgress } from "./run-progress";

// Fluent's spinner is about 10 KB, needed only once something is under way: the pane opens without it
// (docs/ARCHITECTURE.md#start-up-javascript). Its words show at once, the spinner beside them a moment later.
// If it cannot be fetched (a dropped connection), the words alone are enough.
const Words = ({ label }: { label: string }) => <span>{label}</span>;
const Spinner = lazy(async () => {
  try {
    return {
      default: (await import(/* webpackChunkName: "spinner" */ "./LabelledSpinner"))
        .LabelledSpinner,
    };
  } catch {
    return { default: Words };
  }
});

/** A spinner for what loads with the pane (the Validate view, a view's first opening). */
export const LazySpinner = ({ label }: { label: string }) => (
  <Suspense fallback={<Words label={label} />}>
    <Spinner label={label} />
  </Suspense>
);

/** PhaseSpinner for the Validate view, which loads with the pane: the spinner itself is fetched when first shown. */
export const LazyPhaseSpinner = ({
  progress,
  starting,
}: {
  progress: RunProgress | null;
  starting: string;
}) => <LazySpinner label={progress === null ? starting : phaseWords(progress)} />;
