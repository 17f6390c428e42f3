import { FakeBag } from "./bag";
import { FakeClientObject, type FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area } from "./grid";
import { areaCells, areaColumns, areaRows, intersects, sheetAddress } from "./grid";
import { StoredSheet, type StoredValue } from "./store";
import { conditionalFormatCollection } from "./conditional-formats";
import { dataValidation } from "./data-validation";
import { acceptCellProperties } from "./cell-properties";
import { rangeFormat } from "./range-format";

/** How a range proxy finds its cells at sync time (null area: a null object, e.g. a blank used range). */
export interface RangeTarget {
  sheet: () => StoredSheet;
  area: () => Area | null;
}

const invalid = (message: string, where: string) =>
  new FakeOfficeError("InvalidArgument", message, where);

export const refuseIfProtected = (sheet: StoredSheet, where: string): void => {
  if (sheet.protected) {
    throw new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      where
    );
  }
};

/** Excel accepts one value for the whole range, or a 2D array of exactly the range's size. */
const toGrid = <T>(
  input: unknown,
  area: Area,
  accept: (cell: unknown) => T,
  where: string
): ((row: number, column: number) => T) => {
  if (!Array.isArray(input)) {
    const single = accept(input);
    return () => single;
  }
  const rows = areaRows(area);
  const columns = areaColumns(area);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw invalid(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      where
    );
  }
  const grid = (input as unknown[][]).map((row) => row.map(accept));
  return (row, column) => grid[row][column];
};

/** null means "leave this cell as it is" (Office.js semantics); write "" to empty a cell. */
const acceptValue =
  (where: string) =>
  (cell: unknown): StoredValue | null => {
    if (cell === null || typeof cell === "string" || typeof cell === "boolean") return cell;
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    throw invalid(
      `A cell value must be text, a number or a boolean, not ${JSON.stringify(cell)}.`,
      where
    );
  };

/**
 * Excel treats a written string as if typed: "1.10" becomes the number 1.1 and "TRUE" a boolean,
 * unless the cell is formatted as text ("@") or the string starts with the text prefix '. (Excel also
 * turns date-like text into dates by locale; the fake does not model that.)
 */
/** Excel's error values: typed (or written as a string) they become errors, not text. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);
const isErrorTyped = (cell: StoredValue, format: string): boolean =>
  typeof cell === "string" && format !== "@" && ERROR_VALUES.has(cell.trim().toUpperCase());

const asTyped = (cell: StoredValue, format: string): StoredValue => {
  if (typeof cell !== "string" || format === "@") return cell;
  if (cell.startsWith("'")) return cell.slice(1);
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell.trim())) return Number(cell);
  if (/^(true|false)$/i.test(cell.trim())) return cell.trim().toUpperCase() === "TRUE";
  return cell;
};

const acceptFormat =
  (where: string) =>
  (cell: unknown): string | null => {
    if (cell === null || typeof cell === "string") return cell;
    throw invalid("A number format must be text.", where);
  };

/** Excel.Range, strict: every property must be loaded and synced before it is read. */
/**
 * Where a value written to a cell lands: a merged area holds one value, in its top-left cell, so the
 * fake takes a write to any of its cells as a write of that value (as exceljs does, and as the
 * issue that lost a deadline to a rating saw). A write meant for a covered cell thus shows up as
 * the loss it would be, rather than as a value the sheet can never show.
 */
const mergeOrigin = (
  sheet: StoredSheet,
  row: number,
  column: number
): { row: number; column: number } => {
  const merge = sheet.merges.find(
    (area) => area.top <= row && area.bottom >= row && area.left <= column && area.right >= column
  );
  return merge ? { row: merge.top, column: merge.left } : { row, column };
};

export class FakeRange extends FakeClientObject {
  protected readonly typeName = "Range";
  private readonly target: RangeTarget;
  readonly format: FakeBag;
  readonly conditionalFormats: FakeClientObject;
  readonly dataValidation: FakeClientObject;

  constructor(ctx: FakeContext, minApi: number, target: RangeTarget) {
    super(ctx, minApi);
    this.target = target;
    this.format = rangeFormat(ctx, minApi, {
      present: () => this.present(),
      sheet: () => this.target.sheet(),
      area: () => this.mustArea(),
    });
    this.conditionalFormats = conditionalFormatCollection(ctx, Math.max(minApi, 6), this.cells());
    this.dataValidation = dataValidation(ctx, Math.max(minApi, 8), this.cells());
  }

  /** What sub-objects (conditional formats, validation) need to act on this range at sync. */
  cells(): { sheet: () => StoredSheet; area: () => Area; present: () => boolean } {
    return {
      sheet: () => this.target.sheet(),
      area: () => this.mustArea(),
      present: () => this.present(),
    };
  }

  protected present(): boolean {
    this.target.sheet();
    return this.target.area() !== null;
  }

  private mustArea(): Area {
    const area = this.target.area();
    if (area === null)
      throw new FakeOfficeError("ItemNotFound", "The range does not exist.", "Range");
    return area;
  }

  protected scalarNames(): string[] {
    return [
      "address",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
      "values",
      "valueTypes",
      "numberFormat",
      "formulas",
      "text",
    ];
  }

  protected scalar(name: string): unknown {
    const sheet = this.target.sheet();
    const area = this.mustArea();
    switch (name) {
      case "address":
        return sheetAddress(sheet.name, area);
      case "rowCount":
        return areaRows(area);
      case "columnCount":
        return areaColumns(area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "cellCount":
        return areaCells(area);
      case "values":
        return this.grid((r, c) => sheet.value(r, c));
      case "valueTypes":
        return this.grid((r, c) => sheet.valueType(r, c));
      case "numberFormat":
        return this.grid((r, c) => sheet.numberFormat(r, c));
      case "formulas":
        // Office.js gives a constant cell's value where it has no formula.
        return this.grid((r, c) => sheet.formula(r, c) ?? sheet.value(r, c));
      default:
        return this.grid((r, c) => String(sheet.value(r, c)));
    }
  }

  /**
   * Per-cell reads. Unbounded ranges (A:F) read as null, and so do reads over the cell limit: real
   * Excel's silent failure at 5,000,000 cells (docs/EXCEL.md#limits).
   */
  private grid<T>(cell: (row: number, column: number) => T): T[][] | null {
    const area = this.mustArea();
    if (area.unbounded || areaCells(area) > this.ctx.host.config.cellReadLimit) return null;
    const rows: T[][] = [];
    for (let r = area.top; r <= area.bottom; r += 1) {
      const row: T[] = [];
      for (let c = area.left; c <= area.right; c += 1) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  private writable(where: string): { sheet: StoredSheet; area: Area } {
    const sheet = this.target.sheet();
    const area = this.mustArea();
    refuseIfProtected(sheet, where);
    if (area.unbounded) {
      throw invalid(
        "This operation is not permitted on an entire row or column; use a bounded range.",
        where
      );
    }
    return { sheet, area };
  }

  get address(): string {
    return this.read("address") as string;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get cellCount(): number {
    return this.read("cellCount") as number;
  }
  get text(): string[][] | null {
    return this.read("text") as string[][] | null;
  }

  get values(): StoredValue[][] | null {
    return this.read("values") as StoredValue[][] | null;
  }
  get valueTypes(): string[][] | null {
    return this.read("valueTypes") as string[][] | null;
  }
  set values(input: unknown) {
    this.queueWrite("values=", 1, input, () => {
      const { sheet, area } = this.writable("Range.values");
      const value = toGrid(input, area, acceptValue("Range.values"), "Range.values");
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = value(r - area.top, c - area.left);
          if (cell === null) continue;
          const { row, column } = mergeOrigin(sheet, r, c);
          const format = sheet.numberFormat(row, column);
          sheet.setValue(
            row,
            column,
            isErrorTyped(cell, format) ? String(cell).trim().toUpperCase() : asTyped(cell, format),
            isErrorTyped(cell, format)
          );
        }
      }
    });
  }

  get formulas(): StoredValue[][] | null {
    return this.read("formulas") as StoredValue[][] | null;
  }
  /** A string starting with "=" is a formula (its result is not calculated: the fake shows the formula text); anything else is a value, as for `values`. */
  set formulas(input: unknown) {
    this.queueWrite("formulas=", 1, input, () => {
      const { sheet, area } = this.writable("Range.formulas");
      const value = toGrid(input, area, acceptValue("Range.formulas"), "Range.formulas");
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = value(r - area.top, c - area.left);
          if (cell === null) continue;
          if (typeof cell === "string" && cell.startsWith("=")) sheet.setFormula(r, c, cell, cell);
          else if (isErrorTyped(cell, sheet.numberFormat(r, c)))
            sheet.setValue(r, c, String(cell).trim().toUpperCase(), true);
          else sheet.setValue(r, c, asTyped(cell, sheet.numberFormat(r, c)));
        }
      }
    });
  }

  get numberFormat(): string[][] | null {
    return this.read("numberFormat") as string[][] | null;
  }
  set numberFormat(input: unknown) {
    this.queueWrite("numberFormat=", 1, input, () => {
      const { sheet, area } = this.writable("Range.numberFormat");
      const format = toGrid(input, area, acceptFormat("Range.numberFormat"), "Range.numberFormat");
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = format(r - area.top, c - area.left);
          if (cell !== null) sheet.setNumberFormat(r, c, cell);
        }
      }
    });
  }

  /**
   * ExcelApi 1.9. Modelled: address, format.fill.color and pattern ("Solid" or "None"), and
   * format.font.color and bold (Excel reports automatic text as "#000000"); asking for anything
   * else is a fake limitation, said loudly.
   */
  getCellProperties(options: unknown): FakeClientResult<unknown[][] | null> {
    const wanted = cellPropertiesRequest(options);
    return this.queueResult("getCellProperties", 9, options, () => {
      if (wanted === null) {
        throw new FakeOfficeError(
          "NotImplemented",
          "The fake models getCellProperties for address, format.fill (color, pattern) and format.font (color, bold) only.",
          "Range.getCellProperties"
        );
      }
      const sheet = this.target.sheet();
      return this.grid((r, c) => {
        const cell: Record<string, unknown> = {};
        if (wanted.address)
          cell.address = sheetAddress(sheet.name, {
            top: r,
            left: c,
            bottom: r,
            right: c,
            unbounded: false,
          });
        const format: Record<string, unknown> = {};
        if (wanted.fill.length > 0) {
          const fill: Record<string, unknown> = {};
          if (wanted.fill.includes("color")) fill.color = sheet.fill(r, c);
          if (wanted.fill.includes("pattern"))
            fill.pattern = sheet.fills.has(StoredSheet.key(r, c)) ? "Solid" : "None";
          format.fill = fill;
        }
        if (wanted.font.length > 0) {
          const font: Record<string, unknown> = {};
          const own = sheet.cellFormat(r, c);
          if (wanted.font.includes("color")) font.color = own.fontColour ?? "#000000";
          if (wanted.font.includes("bold")) font.bold = own.bold ?? false;
          format.font = font;
        }
        if (Object.keys(format).length > 0) cell.format = format;
        return cell;
      });
    });
  }

  /** ExcelApi 1.9: per-cell fills and formats in one call (what is modelled: cell-properties.ts). */
  setCellProperties(cells: unknown): void {
    this.queueWrite("setCellProperties", 9, cells, () => {
      const { area } = this.writable("Range.setCellProperties");
      const wanted = toGrid(cells, area, acceptCellProperties, "Range.setCellProperties");
      const sheet = this.target.sheet();
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const cell = wanted(r - area.top, c - area.left);
          if (cell?.fill !== undefined) sheet.setFill(r, c, cell.fill);
          if (cell?.format !== undefined) sheet.setCellFormat(r, c, cell.format);
        }
      }
    });
  }

  select(): void {
    this.queueWrite("select", 1, null, () => {
      const sheet = this.target.sheet();
      const area = this.mustArea();
      this.ctx.host.store.selection = {
        sheet: sheet.name,
        address: sheetAddress(sheet.name, area),
      };
      this.ctx.host.store.activeSheet = sheet.name;
    });
  }

  /** Clears values, formats, fills, and the conditional formats and validation rules inside the range. */
  clear(_applyTo?: string): void {
    this.queueWrite("clear", 1, null, () => {
      const sheet = this.target.sheet();
      refuseIfProtected(sheet, "Range.clear");
      sheet.clear(this.mustArea());
    });
  }

  /** ExcelApi 1.13: the merged areas inside this range, or a null object when there are none. */
  getMergedAreasOrNullObject(): FakeBag {
    const merged = () => {
      const area = this.mustArea();
      return this.target.sheet().merges.filter((merge) => intersects(merge, area));
    };
    const areas = new FakeBag(this.ctx, {
      typeName: "RangeAreas",
      minApi: Math.max(this.minApi, 13),
      present: () => merged().length > 0,
      properties: {
        address: {
          get: () =>
            merged()
              .map((area) => sheetAddress(this.target.sheet().name, area))
              .join(","),
        },
        areaCount: { get: () => merged().length },
        cellCount: { get: () => merged().reduce((sum, area) => sum + areaCells(area), 0) },
      },
    });
    areas.resolveNullAtSyncFor("Range.getMergedAreasOrNullObject");
    return areas;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Which properties a getCellProperties request asks for, or null if it asks for one the fake does not model. */
const cellPropertiesRequest = (
  options: unknown
): { address: boolean; fill: string[]; font: string[] } | null => {
  if (!isRecord(options)) return null;
  const wanted = { address: options.address === true, fill: [] as string[], font: [] as string[] };
  for (const key of Object.keys(options)) if (key !== "address" && key !== "format") return null;
  const format = options.format;
  if (format !== undefined) {
    if (!isRecord(format)) return null;
    for (const [part, allowed] of [
      ["fill", ["color", "pattern"]],
      ["font", ["color", "bold"]],
    ] as const) {
      const asked = format[part];
      if (asked === undefined) continue;
      if (!isRecord(asked)) return null;
      for (const [name, on] of Object.entries(asked)) {
        if (!(allowed as readonly string[]).includes(name)) return null;
        if (on === true) wanted[part].push(name);
      }
    }
    if (Object.keys(format).some((key) => key !== "fill" && key !== "font")) return null;
  }
  return wanted.address || wanted.fill.length > 0 || wanted.font.length > 0 ? wanted : null;
};
