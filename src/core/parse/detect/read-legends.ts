import { isBlank } from "../../model/cell-value";
import type { StatusVocabulary } from "../../model/status-vocabulary";
import type { GroupStatus, LegendEntry } from "../plan-model";
import { readStatusText } from "./cell-readers";
import type { SheetGrid } from "./sheet-grid";

const GLYPHS = /^([■◆▲●✓✔♦▼►◼⬤])\s*/;
const DIMENSIONS: Record<string, "actions" | "impact"> = {
  "actions status": "actions",
  "action status": "actions",
  "impact status": "impact",
};
// A legend lists at most the six levels; anything further down is something else.
const MAX_ENTRIES = 6;

/**
 * GCC rates each workstream twice with a legend block: "Actions status" / "Impact Status" over
 * "■ On target", "◆ At risk"…, each with a value cell a person ticks (docs/LAYOUTS.md#gloucestershire, docs/STATUSES.md rule 6).
 */
export const readLegends = (
  grid: SheetGrid,
  groupAt: (row: number) => string,
  extra: readonly StatusVocabulary[] = [],
  inTableBody: (row: number) => boolean = () => false
): GroupStatus[] => {
  const statuses: GroupStatus[] = [];
  for (let row = grid.firstRow; row <= grid.lastRow; row += 1) {
    // Legends sit beside a workstream's heading rows, never inside a table of actions or measures.
    if (inTableBody(row)) continue;
    for (const column of grid.filledColumns(row)) {
      // "Actions status" / "Impact Status": short text cells only (a cheap test before the header key).
      const raw = grid.value(row, column);
      if (typeof raw !== "string" || raw.length > 24) continue;
      const dimension = DIMENSIONS[grid.headerKeyAt(row, column)];
      if (!dimension) continue;
      const entries: LegendEntry[] = [];
      for (
        let entryRow = row + 1;
        entryRow <= Math.min(grid.lastRow, row + MAX_ENTRIES);
        entryRow += 1
      ) {
        const text = grid.text(entryRow, column);
        if (text === "") continue;
        const glyph = GLYPHS.exec(text)?.[1] ?? "";
        const label = text.replace(GLYPHS, "").trim();
        const byLabel = readStatusText(label, undefined, extra);
        if (byLabel.kind !== "level") break;
        const byGlyph = glyph !== "" ? readStatusText(glyph, undefined, extra) : null;
        const tick = grid.ref(entryRow, column + 1);
        entries.push({
          label,
          glyph,
          level: byLabel.level,
          glyphLevel:
            byGlyph?.kind === "level" && byGlyph.level !== byLabel.level
              ? byGlyph.level
              : undefined,
          labelCell: grid.ref(entryRow, column),
          tickCell: tick,
          ticked: !isBlank(tick.value),
        });
      }
      if (entries.length > 0)
        statuses.push({
          group: groupAt(row),
          dimension,
          sheet: grid.name,
          headingCell: grid.ref(row, column),
          entries,
        });
    }
  }
  return statuses;
};
