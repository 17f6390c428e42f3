import type { StatusVocabulary } from "../../model/status-vocabulary";
import type { DetectedTable } from "../plan-model";
import { listVocabularies } from "./read-lists";
import { scaleKeyVocabulary } from "./read-scale-key";
import type { SheetGrid } from "./sheet-grid";

/**
 * The status words one table is read with: the council's own (its mapping) first, then what the
 * workbook itself says about the table's columns — their dropdowns and a key to a numeric scale —
 * each scoped to the columns it was found on. The presets come after all of these (cell-readers.ts).
 */
export const tableVocabularies = (
  grid: SheetGrid,
  table: DetectedTable,
  council: readonly StatusVocabulary[]
): readonly StatusVocabulary[] => {
  const scale = scaleKeyVocabulary(grid, table);
  const own = [...listVocabularies(grid, table), ...(scale ? [scale] : [])];
  return own.length === 0 ? council : [...council, ...own];
};
