import ExcelJS from "exceljs";
import { sheetMarks } from "../../../src/xlsx/sheet-marks";

/**
 * Everything a person could see or rely on in the council's own sheets of an .xlsx file, read back
 * through exceljs: every cell's value (formulas included) and whole style, merges, conditional
 * formats and each cell's data validation. Undo tests compare two of these for exact equality.
 */
export interface SheetReading {
  cells: Record<string, { value: unknown; style: unknown }>;
  merges: string[];
  conditionalFormats: unknown;
  validations: Record<string, unknown>;
}

const plain = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

const expand = (key: string): string[] => {
  const cells: string[] = [];
  for (const part of key.split(/\s+/)) {
    const [from, to = from] = part.split(":");
    const a = /^([A-Z]+)(\d+)$/.exec(from);
    const b = /^([A-Z]+)(\d+)$/.exec(to);
    if (!a || !b) continue;
    const column = (letters: string) =>
      [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const letter = (n: number): string =>
      n <= 0 ? "" : letter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    for (let r = Number(a[2]); r <= Number(b[2]); r += 1)
      for (let c = column(a[1]); c <= column(b[1]); c += 1) cells.push(`${letter(c)}${r}`);
  }
  return cells;
};

export const readWorkbook = async (bytes: Uint8Array): Promise<Record<string, SheetReading>> => {
  const workbook = new ExcelJS.Workbook();
  const copy = new Uint8Array(bytes);
  await workbook.xlsx.load(copy.buffer);
  const reading: Record<string, SheetReading> = {};
  // Plan Tracker's own sheets are the ones its marks (workbook names) refer to.
  const owned = sheetMarks(workbook);
  for (const worksheet of workbook.worksheets) {
    if (owned.has(worksheet.name.toLowerCase())) continue;
    const cells: SheetReading["cells"] = {};
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = plain(cell.value);
        const style = plain(cell.style);
        // A cell with nothing in it and no style of its own is the same as no cell.
        if (value === null && (style === undefined || JSON.stringify(style) === "{}")) return;
        cells[cell.address] = { value, style };
      })
    );
    const model: unknown = Reflect.get(
      Reflect.get(worksheet, "dataValidations") as object,
      "model"
    );
    const validations: Record<string, unknown> = {};
    for (const [key, rule] of Object.entries((model ?? {}) as Record<string, unknown>)) {
      if (rule === undefined) continue;
      for (const address of expand(key)) validations[address] = plain(rule);
    }
    reading[worksheet.name] = {
      cells,
      merges: [...(Reflect.get(worksheet.model, "merges") as string[])].sort(),
      conditionalFormats: plain(Reflect.get(worksheet, "conditionalFormattings")),
      validations,
    };
  }
  return reading;
};
