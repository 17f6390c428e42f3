import type { CellValue } from "../model/cell-value";
import { fingerprintSheets } from "../snapshot/fingerprint";
import { sha256Hex } from "./sha256";

/**
 * The check value kept in the record's header (B4), over the run's label, time and every entry row
 * as written (continuation rows included).
 *
 * What it can promise: a record changed by hand or by another program that does not recompute it —
 * a cell typed over, a row deleted or sorted, a paste from an older record — no longer matches, and
 * Undo refuses rather than put back something Plan Tracker never saw. SHA-256 makes an accidental
 * match impossible in practice, where the 32-bit fingerprint before it could be matched by trial.
 *
 * What it cannot promise: that Plan Tracker wrote the record. The function is public (it is in this
 * code), there is no secret a workbook, the pane and the command line could all share, so anyone
 * with the code can forge a record with a matching check. Safety against a forged record rests on
 * vet-undo-record.ts instead: it refuses entries outside what the run says it wrote and outside
 * what Plan Tracker writes in this plan, and formulas that reach outside the workbook.
 */
export const checkOf = (
  label: string,
  takenAt: string,
  entries: readonly (readonly CellValue[])[]
): string => `sha256:${sha256Hex(JSON.stringify([label, takenAt, entries]))}`;

/** The check of records written before format 3 (FNV-1a, 32 bits), so an existing record still reads. */
export const legacyCheckOf = (label: string, takenAt: string, entries: CellValue[][]): string =>
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
