import { parseCellAddress } from "../model/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { WritePlan } from "../write-plan/write-plan";

const setValue = (
  sheet: SheetSnapshot,
  row: number,
  column: number,
  value: SheetSnapshot["values"][number][number]
): SheetSnapshot => {
  const r = row - sheet.firstRow;
  const c = column - sheet.firstColumn;
  if (r < 0 || c < 0) return sheet;
  const values = sheet.values.map((cells) => [...cells]);
  while (values.length <= r) values.push([]);
  while (values[r].length <= c) values[r].push(null);
  values[r][c] = value;
  return { ...sheet, values };
};

/**
 * The snapshot as it stands once a plan of single-cell writes (an owner's update, this period's
 * actuals) is applied: its values, number formats and fills laid over what was read, so the new
 * rating is known without reading the whole workbook again.
 */
export const laidOver = (snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot => {
  const sheets = new Map(snapshot.sheets.map((sheet) => [sheet.name, sheet]));
  for (const op of plan.ops) {
    if (op.kind !== "values" && op.kind !== "fills" && op.kind !== "numberFormats") continue;
    const sheet = sheets.get(op.sheet);
    const at = parseCellAddress(op.topLeft);
    if (!sheet || !at) continue;
    if (op.kind === "values" && op.values[0]?.[0] !== null && op.values[0]?.[0] !== undefined)
      sheets.set(op.sheet, setValue(sheet, at.row, at.column, op.values[0][0]));
    if (op.kind === "fills" && op.colours[0]?.[0])
      sheets.set(op.sheet, { ...sheet, fills: { ...sheet.fills, [op.topLeft]: op.colours[0][0] } });
    if (op.kind === "numberFormats" && op.formats[0]?.[0])
      sheets.set(op.sheet, {
        ...sheet,
        numberFormats: { ...sheet.numberFormats, [op.topLeft]: op.formats[0][0] },
      });
  }
  return { ...snapshot, sheets: snapshot.sheets.map((sheet) => sheets.get(sheet.name) ?? sheet) };
};
