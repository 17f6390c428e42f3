import { makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useContext, useState } from "react";
import { createPortal } from "react-dom";
import type { WorkbookGateway } from "../core/gateway";
import type { Announce } from "./a11y/announce";
import { AnnounceContext, useRunAnnouncement } from "./a11y/announce";
import type { Announcement } from "./a11y/LiveRegion";
import { LiveRegion } from "./a11y/LiveRegion";
import { PageFrameContext } from "./a11y/page-frame";
import { PaneHeader } from "./a11y/PaneHeader";
import { validationAnnouncement } from "./a11y/run-words";
import { SkipLinks } from "./a11y/SkipLinks";
import { useVisuallyHidden } from "./a11y/visually-hidden";
import { SharedAsOfContext, useSharedAsOfState } from "./as-of/shared-as-of";
import { PaneTabList } from "./components/PaneTabList";
import type { Analyse } from "./hooks/use-analysis";
import { useAnalysis } from "./hooks/use-analysis";
import type { HostMode } from "./host/detect-host";
import type { PaneView } from "./views/registry";
import { PANE_VIEWS } from "./views/registry";

// Live checking's switch and findings sit below the views, inside Excel only: fetched once the pane
// is open, so they add nothing to the JavaScript Excel loads at start-up (docs/ARCHITECTURE.md#start-up-javascript).
const LiveCheckPanel = lazy(async () => ({
  default: (
    await import(
      /* webpackChunkName: "live-check-panel" */ "./components/live-check/LiveCheckPanel"
    )
  ).LiveCheckPanel,
}));

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  panel: { paddingTop: tokens.spacingVerticalS },
  // Four tabs are wider than a 320 px pane: they wrap onto a second row rather than push the page sideways.
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  /** The workbook seam: Office.js inside Excel, an .xlsx file in the preview. Components never touch Excel. */
  gateway: WorkbookGateway;
  mode: HostMode;
  /** The view to open first (from ?view= on the ribbon's URL). */
  initialView?: string;
  views?: readonly PaneView[];
  /** For tests; defaults to the shared read → detect → validate run. */
  analyse?: Analyse;
}

const VIEW_PANEL = "plan-tracker-view";

/**
 * The pane: skip links, a banner (unless the page draws one), the views' tabs as navigation, and the
 * shown view as the main landmark. Plain component state, no router: office.js nulls history.pushState.
 */
export const App = ({ gateway, mode, initialView, views = PANE_VIEWS, analyse }: AppProps) => {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const frame = useContext(PageFrameContext);
  const [selected, setSelected] = useState(
    views.some((view) => view.id === initialView) ? initialView : views[0].id
  );
  const analysis = useAnalysis(gateway, analyse);
  // One as-of date for every view, kept across tab switches.
  const sharedAsOf = useSharedAsOfState();
  const current = views.find((view) => view.id === selected) ?? views[0];
  const tabId = (id: string) => `plan-tracker-tab-${id}`;

  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce: Announce = useCallback(
    (sentence) =>
      setAnnouncement((last) => ({
        sentence,
        serial: (last?.serial ?? 0) + 1,
      })),
    []
  );
  // Validate's run lives here (shared with RAG and Report), so its ending is announced here too.
  useRunAnnouncement(analysis.state, validationAnnouncement, announce);

  const skipLinks = current.skip === undefined ? null : <SkipLinks words={current.skip} />;
  return (
    <AnnounceContext.Provider value={announce}>
      <SharedAsOfContext.Provider value={sharedAsOf}>
        <div className={styles.app}>
          {frame === null
            ? skipLinks
            : frame.skipLinks !== null &&
              skipLinks !== null &&
              createPortal(skipLinks, frame.skipLinks)}
          {frame === null && <PaneHeader />}
          <nav aria-label="Views">
            <PaneTabList
              label="Views"
              className={styles.tabs}
              selected={current.id}
              onSelect={setSelected}
              tabs={views.map((view) => ({
                value: view.id,
                label: view.label,
                id: tabId(view.id),
                controls: VIEW_PANEL,
              }))}
            />
          </nav>
          <main aria-label={`${current.label} view`}>
            <div
              id={VIEW_PANEL}
              role="tabpanel"
              aria-labelledby={tabId(current.id)}
              className={styles.panel}
            >
              {/* The tab names the view for sighted readers; this heading gives it its place in the outline (h1, h2, h3). */}
              <h2 className={hidden.hidden}>{current.label}</h2>
              <current.Component gateway={gateway} mode={mode} analysis={analysis} />
            </div>
            <LiveRegion announcement={announcement} />
          </main>
          {/* Inside Excel only: change events reach the pane, and live checking listens while it is open. */}
          {mode === "excel" && gateway.watchChanges !== undefined && (
            <Suspense fallback={null}>
              <LiveCheckPanel gateway={gateway} />
            </Suspense>
          )}
        </div>
      </SharedAsOfContext.Provider>
    </AnnounceContext.Provider>
  );
};
