import { qualifiedAddress } from "../../model/address";
import type { SheetCell } from "./status-column";

// Enough to find them; a plan with more has a layout problem the count already tells of.
const NAMED = 10;

/**
 * The one sentence a RAG run gives for the RAG cells it left because they are merged with another
 * column, or null when there are none: "2 RAG cells were left as they are because they are merged
 * with another column: Improvement Plan!E8, E12." The sheet is named once per run of its cells.
 */
export const leftMergedSentence = (cells: readonly SheetCell[]): string | null => {
  if (cells.length === 0) return null;
  const named = cells
    .slice(0, NAMED)
    .map((cell, i) =>
      i > 0 && cells[i - 1].sheet === cell.sheet ? cell.address : plainQualified(cell)
    );
  const more = cells.length > NAMED ? ` and ${cells.length - NAMED} more` : "";
  const subject =
    cells.length === 1
      ? "1 RAG cell was left as it is because it is"
      : `${cells.length} RAG cells were left as they are because they are`;
  return `${subject} merged with another column: ${named.join(", ")}${more}.`;
};

// People read these, not formulas: a sheet name with spaces is clear without Excel's quotes.
const plainQualified = (cell: SheetCell): string =>
  /^[^!']*$/.test(cell.sheet)
    ? `${cell.sheet}!${cell.address}`
    : qualifiedAddress(cell.sheet, cell.address);
