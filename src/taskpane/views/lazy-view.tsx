import type { ComponentType, ReactNode } from "react";
import { Component, Suspense, lazy } from "react";
import { LazyOutcomeMessage } from "../components/LazyOutcomeMessage";
import { LazySpinner } from "../progress/LazySpinner";
import type { ViewProps } from "./view-props";

/** Said when a view's code cannot be fetched (a dropped connection to the add-in's web server). */
export const VIEW_UNAVAILABLE =
  "Plan Tracker could not load this view; check your connection, then close and reopen the pane.";

/** Says VIEW_UNAVAILABLE in place of code that could not be fetched, rather than leaving the pane blank. */
export class ViewLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("Plan Tracker: a view failed to load", error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <LazyOutcomeMessage intent="error" body={VIEW_UNAVAILABLE} />;
  }
}

/**
 * A view whose code is fetched when its tab is first opened. What Excel loads at start-up has a
 * 350 KB budget (webpack.config.js, scripts/e2e.cjs): the pane must answer quickly on opening, and a
 * desktop host restarts an add-in that is unresponsive for 5 s (docs/EXCEL.md#limits).
 */
export const lazyView = (
  load: () => Promise<ComponentType<ViewProps>>,
  busyLabel: string
): ComponentType<ViewProps> => {
  const View = lazy(async () => ({ default: await load() }));
  const LazyView = (props: ViewProps) => (
    <ViewLoadBoundary>
      <Suspense fallback={<LazySpinner label={busyLabel} />}>
        <View {...props} />
      </Suspense>
    </ViewLoadBoundary>
  );
  return LazyView;
};
