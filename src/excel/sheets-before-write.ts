/* global Excel */
import type { SheetsNow } from "../core/write-plan/check-write-plan";
import type { WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { listOwnHighlighting, type OwnHighlighting } from "./own-highlighting";
import type { Syncs } from "./riding-syncs";
import { queueSheetMarks, type SheetMarks } from "./sheet-marks";

/** What the executor's first sync learns about the workbook before it checks and writes a plan. */
export interface SheetsBeforeWrite {
  worksheets: Excel.WorksheetCollection;
  /** By lower-cased name, as Excel matches sheet names; the write adds the sheets it creates. */
  sheets: Map<string, Excel.Worksheet>;
  /** For the core's sheet check (check-write-plan.ts). */
  now: SheetsNow;
  /** Whether the workbook's event handlers were on, to turn them off while writing and back after. */
  eventsWereOn: boolean;
  /** Plan Tracker's earlier highlighting on the sheets this plan clears of it; null when it clears none. */
  own: OwnHighlighting | null;
  marks: SheetMarks;
}

/**
 * One sync: which sheets exist and which are protected, whether events are on, Plan Tracker's sheet
 * marks, and the conditional formats on the sheets whose earlier highlighting this run replaces.
 * Where Plan Tracker's rules apply (kept for undo) is queued to ride on the next sync.
 */
export const readSheetsBeforeWrite = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  ops: readonly WriteOp[],
  keepUndo: boolean,
  syncs: Syncs
): Promise<SheetsBeforeWrite> => {
  const worksheets = context.workbook.worksheets;
  worksheets.load(support.protection ? "items/name, items/protection/protected" : "items/name");
  const runtime = support.dataValidation ? context.runtime.load("enableEvents") : null;
  const clears = [
    ...new Set(ops.flatMap((op) => (op.kind === "clearHighlighting" ? [op.sheet] : []))),
  ];
  const own = clears.length > 0 ? listOwnHighlighting(worksheets, clears, support) : null;
  const marks = queueSheetMarks(context, support);
  await syncs.sync();
  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  if (own?.queueRanges(keepUndo)) syncs.ride();
  return {
    worksheets,
    sheets,
    now: {
      nameOf: (sheet) => sheets.get(sheet.toLowerCase())?.name,
      isProtected: (name) =>
        support.protection && sheets.get(name.toLowerCase())?.protection.protected === true,
      hasOwnHighlighting: (name) => own?.has(name) === true,
    },
    eventsWereOn: runtime !== null && runtime.enableEvents,
    own,
    marks,
  };
};
