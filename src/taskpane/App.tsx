import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookGateway } from "../core/gateway";
import type { Analyse } from "./hooks/use-analysis";
import { useAnalysis } from "./hooks/use-analysis";
import type { HostMode } from "./host/detect-host";
import type { PaneView } from "./views/registry";
import { PANE_VIEWS } from "./views/registry";

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  panel: { paddingTop: tokens.spacingVerticalS },
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

/** The pane: one tab per view. Plain component state, no router: office.js nulls history.pushState. */
export const App = ({ gateway, mode, initialView, views = PANE_VIEWS, analyse }: AppProps) => {
  const styles = useStyles();
  const [selected, setSelected] = useState(views.some((view) => view.id === initialView) ? initialView : views[0].id);
  const analysis = useAnalysis(gateway, analyse);
  const current = views.find((view) => view.id === selected) ?? views[0];
  const tabId = (id: string) => `plan-tracker-tab-${id}`;
  return (
    <main className={styles.app} aria-label="Plan Tracker">
      <h1 className={styles.title}>Plan Tracker</h1>
      <TabList selectedValue={current.id} onTabSelect={(_event, data) => setSelected(String(data.value))} aria-label="Views">
        {views.map((view) => (
          <Tab key={view.id} value={view.id} id={tabId(view.id)} aria-controls="plan-tracker-view">
            {view.label}
          </Tab>
        ))}
      </TabList>
      <div id="plan-tracker-view" role="tabpanel" aria-labelledby={tabId(current.id)} className={styles.panel}>
        <current.Component gateway={gateway} mode={mode} analysis={analysis} />
      </div>
    </main>
  );
};
