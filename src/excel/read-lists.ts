/* global Excel */
import { rangeAddress } from "../core/model/address";
import { listOfProbe, workbookListProbes } from "../core/parse/list-probes";
import type { SheetList, SheetSnapshot } from "../core/snapshot/workbook-snapshot";

/**
 * The dropdowns under each table's header (list-probes.ts says which cells), in one sync whatever
 * the number of rows: Excel has no call listing a sheet's validations, and a rule read per row would
 * be a request per cell. Sheet name → its lists; sheets with none are left out.
 */
export const readLists = async (
  sync: () => Promise<void>,
  worksheets: ReadonlyMap<string, Excel.Worksheet>,
  sheets: readonly SheetSnapshot[]
): Promise<Map<string, SheetList[]>> => {
  const probes = workbookListProbes(sheets);
  const lists = new Map<string, SheetList[]>();
  if (probes.length === 0) return lists;
  const asked = probes.map((probe) => {
    const worksheet = worksheets.get(probe.sheet);
    return worksheet
      ? probe.cells.map(({ row, column }) =>
          worksheet
            .getRange(rangeAddress({ top: row, bottom: row, left: column, right: column }))
            .dataValidation.load("type, rule")
        )
      : [];
  });
  await sync();
  probes.forEach((probe, index) => {
    const found = asked[index].find(
      (validation) => validation.type === "List" && typeof validation.rule.list?.source === "string"
    );
    const source = found?.rule.list?.source;
    if (typeof source !== "string") return;
    const list = listOfProbe(probe, source, sheets);
    if (list) lists.set(probe.sheet, [...(lists.get(probe.sheet) ?? []), list]);
  });
  return lists;
};
