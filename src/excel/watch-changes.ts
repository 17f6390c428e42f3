/* global Excel, OfficeExtension */
import type { ChangeWatch, GatewayError } from "../core/gateway";
import type { ChangedRange } from "../core/live-check/changed-areas";
import { err, ok, type Result } from "../core/result";
import { toGatewayError } from "./office-errors";

/**
 * Listen for what people type or paste into the workbook (WorksheetCollection.onChanged, ExcelApi
 * 1.7). The handler only passes the sheet and address on: it never reads or writes, so a paste of
 * 500 rows costs nothing here; the caller batches a burst of changes into one read. The sheets' ids
 * and names are loaded in the same sync that registers the handler; a sheet added later is not in
 * the plan as checked, so its changes are not passed on. stop() removes the handler in the context
 * it was added with, as Office.js requires, and from then on nothing is passed on.
 */
export const watchChangesInExcel = async (
  onChanged: (changes: ChangedRange[]) => void
): Promise<Result<ChangeWatch, GatewayError>> => {
  const names = new Map<string, string>();
  let stopped = false;
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      registration = sheets.onChanged.add((event) => {
        const sheet = names.get(event.worksheetId);
        if (!stopped && sheet !== undefined) onChanged([{ sheet, address: event.address }]);
        return Promise.resolve();
      });
      await context.sync();
      for (const sheet of sheets.items) names.set(sheet.id, sheet.name);
    });
  } catch (error) {
    return err(toGatewayError(error));
  }
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const added = registration;
    if (added === null) return;
    try {
      await Excel.run(added.context, async (context) => {
        added.remove();
        await context.sync();
      });
    } catch {
      // The pane is closing or the workbook has gone: the handler goes with it, and nothing is passed on either way.
    }
  };
  return ok({ stop });
};
