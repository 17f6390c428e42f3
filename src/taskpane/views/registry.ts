import type { ComponentType } from "react";
import type { SkipLinkWords } from "../a11y/skip-targets";
import { ValidateView } from "../components/validate/ValidateView";
import { lazyView } from "./lazy-view";
import type { ViewProps } from "./view-props";

/**
 * The pane's views, in tab order. Adding a view (RAG, Report, Mapping, My actions) is one entry here plus its
 * component; the ribbon opens a view with taskpane.html?view=<id> (manifest.xml).
 */
export interface PaneView {
  id: string;
  label: string;
  Component: ComponentType<ViewProps>;
  /** What the view's skip links say; the view puts SKIP_TARGETS' ids on its main action and its results. */
  skip?: SkipLinkWords;
}

/** Fetched when its tab is first opened: its form controls alone would take the start-up JS past its budget. */
const RagView = lazyView(
  async () =>
    (await import(/* webpackChunkName: "rag-view" */ "../components/rag/RagView")).RagView,
  "Opening the RAG view…"
);

/** Fetched when its tab is first opened, like RAG; the report code itself follows when first needed. */
const ReportView = lazyView(
  async () =>
    (await import(/* webpackChunkName: "report-view" */ "../components/report/ReportView"))
      .ReportView,
  "Opening the Report view…"
);

/** Fetched when its tab is first opened; the detection and mapping checks it runs follow when first needed. */
const MappingView = lazyView(
  async () =>
    (await import(/* webpackChunkName: "mapping-view" */ "../components/mapping/MappingView"))
      .MappingView,
  "Opening the Mapping view…"
);

/** Fetched when its tab is first opened (or from the ribbon's My actions button). */
const MyActionsView = lazyView(
  async () =>
    (
      await import(
        /* webpackChunkName: "my-actions-view" */ "../components/my-actions/MyActionsView"
      )
    ).MyActionsView,
  "Opening My actions…"
);

/** Fetched when its tab is first opened. */
const ActualsView = lazyView(
  async () =>
    (await import(/* webpackChunkName: "actuals-view" */ "../components/actuals/ActualsView"))
      .ActualsView,
  "Opening Actuals…"
);

export const PANE_VIEWS: readonly PaneView[] = [
  {
    id: "validate",
    label: "Validate",
    Component: ValidateView,
    skip: { action: "Validate workbook", results: "validation results" },
  },
  {
    id: "rag",
    label: "RAG",
    Component: RagView,
    skip: { action: "Rate and Refresh RAG", results: "ratings" },
  },
  {
    id: "report",
    label: "Report",
    Component: ReportView,
    skip: { action: "Generate report", results: "the report's summary" },
  },
  {
    id: "my-actions",
    label: "My actions",
    Component: MyActionsView,
    skip: { action: "your name", results: "your actions" },
  },
  {
    id: "actuals",
    label: "Actuals",
    Component: ActualsView,
    skip: { action: "the period", results: "the measures for this period" },
  },
  // Last: the mapping is set up once, then seldom visited.
  {
    id: "mapping",
    label: "Mapping",
    Component: MappingView,
    skip: { action: "Preview and Save", results: "the preview's effect" },
  },
];

/**
 * The view named in the page's query string (?view=report), or the first view when the name is
 * missing or not registered (an older ribbon, a typo): then Validate opens.
 */
export const viewFromQuery = (search: string, views: readonly PaneView[] = PANE_VIEWS): string => {
  const requested = new URLSearchParams(search).get("view");
  const match = views.find((view) => view.id === requested);
  return (match ?? views[0]).id;
};
