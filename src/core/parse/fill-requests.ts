import { rangeAddress } from "../model/address";
import type { FillRequest } from "../gateway";
import { cellAt } from "../snapshot/sheet-access";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { DetectedTable, PlanModel } from "./plan-model";

const statusColumn = (table: DetectedTable): number | null =>
  table.columns.find((c) => c.field === "status")?.column ?? null;

/**
 * The ranges whose fill colours carry meaning: a colour key's swatches, and status columns that hold
 * no text (BCP keeps RAG only as colour, docs/LAYOUTS.md#bcp). Fills are costly to read through Office.js, so
 * only these are asked for.
 */
export const fillRequests = (snapshot: WorkbookSnapshot, model: PlanModel): FillRequest[] => {
  const requests = new Map<string, string[]>();
  for (const sheet of model.sheets)
    for (const table of sheet.tables) {
      const column = statusColumn(table);
      if (column === null || table.lastDataRow < table.firstDataRow) continue;
      if (table.kind !== "rag-key" && table.kind !== "actions") continue;
      const found = snapshot.sheets.find((s) => s.name === table.sheet);
      if (!found) continue;
      let text = false;
      for (let row = table.firstDataRow; row <= table.lastDataRow && !text; row += 1) {
        const value = cellAt(found, row, column);
        text =
          typeof value === "string"
            ? value.trim() !== "" && !/^[-–—]+$/.test(value.trim())
            : value !== null;
      }
      if (text && table.kind === "actions") continue;
      const ranges = requests.get(table.sheet) ?? [];
      ranges.push(
        rangeAddress({
          top: table.firstDataRow,
          bottom: table.lastDataRow,
          left: column,
          right: column,
        })
      );
      requests.set(table.sheet, ranges);
    }
  return [...requests].map(([sheet, ranges]) => ({ sheet, ranges }));
};

/** The snapshot with the fills of the requested ranges added (a new object; the input is left as read). */
export const withFills = (
  snapshot: WorkbookSnapshot,
  fills: Record<string, Record<string, string>>
): WorkbookSnapshot => ({
  ...snapshot,
  sheets: snapshot.sheets.map((sheet) =>
    fills[sheet.name] ? { ...sheet, fills: { ...sheet.fills, ...fills[sheet.name] } } : sheet
  ),
});
