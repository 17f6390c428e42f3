import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook, type XlsxGateway } from "../../../src/xlsx/xlsx-gateway";

/** A generated sample opened through the .xlsx gateway, as the preview and the CLI open it. */
export const openSample = async (
  id: "gcc" | "bcp" | "thurrock" | "scorecard"
): Promise<XlsxGateway> => {
  const bytes = new Uint8Array(
    readFileSync(join(__dirname, "..", "..", "fixtures", "generated", `${id}.xlsx`))
  );
  const opened = await openXlsxWorkbook(bytes, `${id}.xlsx`);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

export const readSnapshot = async (gateway: XlsxGateway): Promise<WorkbookSnapshot> => {
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

/** Every cell of every sheet Plan Tracker does not own, with its value, format and fill, by "Sheet!A1". */
export const councilCells = (snapshot: WorkbookSnapshot): Map<string, string> => {
  const cells = new Map<string, string>();
  const add = (sheet: SheetSnapshot) => {
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null)
          cells.set(
            `${sheet.name}!${r + sheet.firstRow}:${c + sheet.firstColumn}`,
            `v=${JSON.stringify(value)}`
          );
      })
    );
    for (const [address, format] of Object.entries(sheet.numberFormats))
      cells.set(`${sheet.name}!${address}#format`, format);
    for (const [address, fill] of Object.entries(sheet.fills))
      cells.set(`${sheet.name}!${address}#fill`, fill);
  };
  for (const sheet of snapshot.sheets) if (sheet.mark === undefined) add(sheet);
  return cells;
};

/** The keys whose entries differ between two cell maps. */
export const changedCells = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])]
    .filter((key) => before.get(key) !== after.get(key))
    .sort();
