/* global Excel */
import type { GatewayError } from "../core/gateway";
import { parseRangeAddress } from "../core/model/address";
import type { ChangedRange } from "../core/live-check/changed-areas";
import type { ReadCell } from "../core/live-check/check-cells";
import { err, ok, type Result } from "../core/result";
import { toGatewayError } from "./office-errors";
import { toCellValue } from "./snapshot-cells";

/**
 * Read back a few ranges' values and number formats in one sync, whatever their number: what live
 * checking reads after a burst of changes (one range per sheet, areas-to-read bounds their size).
 */
export const readCellsInExcel = async (
  ranges: readonly ChangedRange[]
): Promise<Result<ReadCell[], GatewayError>> => {
  if (ranges.length === 0) return ok([]);
  try {
    return await Excel.run(async (context) => {
      const loaded = ranges.map((range) => ({
        range,
        proxy: context.workbook.worksheets
          .getItem(range.sheet)
          .getRange(range.address)
          .load("values,numberFormat"),
      }));
      await context.sync();
      const cells: ReadCell[] = [];
      for (const { range, proxy } of loaded) {
        const area = parseRangeAddress(range.address);
        if (!area) continue;
        proxy.values.forEach((row, r) =>
          row.forEach((raw, c) => {
            const format = String(proxy.numberFormat[r]?.[c] ?? "General");
            cells.push({
              sheet: range.sheet,
              row: area.top + r,
              column: area.left + c,
              value: toCellValue(raw),
              ...(format === "General" ? {} : { numberFormat: format }),
            });
          })
        );
      }
      return ok(cells);
    });
  } catch (error) {
    return err(toGatewayError(error));
  }
};
