import type { CellValue } from "../model/cell-value";
import { fingerprintSheets } from "../snapshot/fingerprint";

/**
 * A short hash over the run's label, time and every entry, kept in the header: a record changed by
 * hand (a cell typed over, a row deleted) no longer matches, and Undo refuses rather than put back
 * something Plan Tracker never saw. Not a security hash (snapshot/fingerprint.ts).
 */
export const checkOf = (label: string, takenAt: string, entries: CellValue[][]): string =>
  fingerprintSheets([
    {
      name: `${label}\u001e${takenAt}`,
      firstRow: 1,
      firstColumn: 1,
      values: entries,
      numberFormats: {},
      fills: {},
      merges: [],
      protected: false,
      visibility: "visible",
    },
  ]);
