import type { RagLevel } from "../../../core/model/rag-level";

/**
 * How the preview grid marks one cell: what Excel's live conditional formats would show on an Actual
 * cell, plus the words, because colour is never the only signal (WCAG 1.4.1, docs/REPORT.md#accessibility).
 */
export interface CellHighlight {
  level: RagLevel;
  /** "#RRGGBB"; anything else is not drawn (never passed into styles unchecked). */
  fill: string;
  glyph: string;
  label: string;
  /** Why the cell has this level ("40% against a target of 50% …"), shown as the cell's tooltip. */
  reason: string;
}

/** Keyed by highlightKey(sheet, address). */
export type CellHighlights = ReadonlyMap<string, CellHighlight>;

/** "Sheet!A1". Unambiguous even for sheet names with "!": an A1 address never contains one. */
export const highlightKey = (sheet: string, address: string): string => `${sheet}!${address}`;

export const NO_HIGHLIGHTS: CellHighlights = new Map();
