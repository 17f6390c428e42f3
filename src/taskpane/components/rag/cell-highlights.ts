import type { CellLevel } from "../../../core/rag/actual-cell-levels";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { CellHighlight, CellHighlights } from "../../preview/grid/cell-highlights";
import { highlightKey } from "../../preview/grid/cell-highlights";

/**
 * The preview grid's marks for rated Actual cells, in the plan's own level words and colours: what
 * the live conditional formats show in Excel, where the grid cannot evaluate them itself.
 */
export const highlightsFrom = (cells: readonly CellLevel[], levels: LevelSet): CellHighlights => {
  const highlights = new Map<string, CellHighlight>();
  for (const cell of cells) {
    const style = levels[cell.level];
    highlights.set(highlightKey(cell.sheet, cell.address), {
      level: cell.level,
      fill: style.fill,
      glyph: style.glyph,
      label: style.label,
      reason: cell.reason,
    });
  }
  return highlights;
};
