import type { ComponentType } from "react";
import { ValidateView } from "../components/validate/ValidateView";
import { lazyView } from "./lazy-view";
import type { ViewProps } from "./view-props";

/**
 * The pane's views, in tab order. Adding a view (RAG, Report, Mapping) is one entry here plus its
 * component; the ribbon opens a view with taskpane.html?view=<id> (manifest.xml).
 */
export interface PaneView {
  id: string;
  label: string;
  Component: ComponentType<ViewProps>;
}

/** Fetched when its tab is first opened: its form controls alone would take the start-up JS past its budget. */
const RagView = lazyView(
  async () => (await import(/* webpackChunkName: "rag-view" */ "../components/rag/RagView")).RagView,
  "Opening the RAG view…",
);

export const PANE_VIEWS: readonly PaneView[] = [
  { id: "validate", label: "Validate", Component: ValidateView },
  { id: "rag", label: "RAG", Component: RagView },
];

/**
 * The view named in the page's query string (?view=rag), or the first view when the name is missing
 * or not (yet) registered: a ribbon button for a view that is still to come (Report) opens Validate.
 */
export const viewFromQuery = (search: string, views: readonly PaneView[] = PANE_VIEWS): string => {
  const requested = new URLSearchParams(search).get("view");
  const match = views.find((view) => view.id === requested);
  return (match ?? views[0]).id;
};
