import { createContext, useContext } from "react";
import type { CellHighlights } from "./grid/cell-highlights";

/**
 * How a pane view hands cell highlights to the preview's grid. Provided by PreviewShell only: inside
 * Excel there is no grid (the workbook's own conditional formats do this), so the default does nothing.
 */
export type ShowHighlights = (highlights: CellHighlights) => void;

const ignore: ShowHighlights = () => undefined;

export const HighlightContext = createContext<ShowHighlights>(ignore);

export const useShowHighlights = (): ShowHighlights => useContext(HighlightContext);
