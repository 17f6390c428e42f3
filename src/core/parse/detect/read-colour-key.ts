import { isBlank } from "../../model/cell-value";
import type { StatusVocabulary } from "../../model/status-vocabulary";
import type { ColourKeyEntry, DetectedTable } from "../plan-model";
import { readPlainText, readStatusText } from "./cell-readers";
import { columnFor } from "./columns";
import type { SheetGrid } from "./sheet-grid";

/**
 * BCP keeps its ratings only as cell fill; its RAG key says which fill means which level. Read the
 * key's own fills rather than hard-coding colours (docs/LAYOUTS.md#bcp, docs/STATUSES.md rule 3).
 */
export const readColourKey = (
  grid: SheetGrid,
  table: DetectedTable,
  extra: readonly StatusVocabulary[] = []
): ColourKeyEntry[] => {
  const statusColumn = columnFor(table, "status");
  const descriptionColumn = columnFor(table, "title");
  const countColumn = columnFor(table, "rating");
  const percentColumn = columnFor(table, "progress");
  if (statusColumn === null || descriptionColumn === null) return [];
  const entries: ColourKeyEntry[] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const description = readPlainText(grid.value(row, descriptionColumn));
    if (description === "") continue;
    const reading = readStatusText(description, undefined, extra);
    if (reading.kind !== "level") continue;
    const status = grid.value(row, statusColumn);
    const byText = isBlank(status) ? null : readStatusText(status, undefined, extra);
    entries.push({
      level: byText?.kind === "level" ? byText.level : reading.level,
      description,
      fill: grid.fill(row, statusColumn) ?? null,
      typedCount: countColumn !== null ? grid.ref(row, countColumn) : null,
      typedPercent: percentColumn !== null ? grid.ref(row, percentColumn) : null,
    });
  }
  return entries;
};
