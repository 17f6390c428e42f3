import { Suspense, lazy, type ComponentProps } from "react";
import { ViewLoadBoundary } from "../../views/lazy-view";
import type { ValidationResult } from "./ValidationResult";

// What a finished run shows (the issue groups' accordion, its motion, the counts and lists) is not
// needed to open the pane: fetched when the person first asks for a run (preloadValidationResult), it
// keeps the JavaScript Excel loads at start-up small (docs/ARCHITECTURE.md#start-up-javascript).
const load = () => import(/* webpackChunkName: "validate-results" */ "./ValidationResult");
const Result = lazy(async () => ({ default: (await load()).ValidationResult }));

/** Start fetching the results' code while the run reads the workbook; a failure shows when the results do. */
export const preloadValidationResult = (): void => {
  load().catch(() => undefined);
};

export const LazyValidationResult = (props: ComponentProps<typeof ValidationResult>) => (
  <ViewLoadBoundary>
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  </ViewLoadBoundary>
);
