import type { Area } from "./grid";
import { areaCells, contains, parseArea } from "./grid";
import type { StoredName } from "./names";

/** What a cell holds in the fake: Excel reports empty cells as "". */
export type StoredValue = string | number | boolean;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface StoredConditionalFormat {
  id: number;
  /** The first (or only) area; its top-left is the cell a custom formula is written for. */
  area: Area;
  /** Every area the rule covers (several when added through a RangeAreas, ExcelApi 1.9). */
  areas: Area[];
  type: string;
  formula: string | null;
  fill: string | null;
  fontColour: string | null;
  priority: number;
}

/** How a cell looks beyond its fill and number format, as far as Plan Tracker sets it. Absent: Excel's default. */
export interface StoredCellFormat {
  fontColour?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Border style per edge ("Continuous", "None"), and weight ("Thin"…). */
  borders?: Partial<
    Record<"top" | "bottom" | "left" | "right", { style?: string; weight?: string }>
  >;
}

export interface StoredPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** As Excel reports it: "$1:$4", or null when no rows repeat. */
  printTitleRows: string | null;
  centerFooter: string;
}

export interface StoredChart {
  id: number;
  name: string;
  type: string;
  source: Area;
  seriesBy: string;
  title: string;
  /** The cells it covers, once setPosition has run. */
  topLeft: string | null;
  bottomRight: string | null;
  seriesCount: number;
  /** Per series: a fill colour set with setSolidColor, or a line colour; null leaves Excel's palette. */
  seriesFills: (string | null)[];
  seriesLines: (string | null)[];
}

export interface StoredListRule {
  area: Area;
  rule: unknown;
  /** DataValidation.ignoreBlanks, prompt and errorAlert as last set (absent: Excel's defaults). */
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

/**
 * One worksheet as the fake's host holds it. Values are dense rows (sparse at the row level) so that
 * 100,000-row sheets stay fast; formats and fills are sparse maps keyed by row * MAX_COLUMNS + column.
 */
export class StoredSheet {
  name: string;
  visibility: Visibility = "Visible";
  protected = false;
  readonly rows: (StoredValue[] | undefined)[] = [];
  readonly numberFormats = new Map<number, string>();
  readonly fills = new Map<number, string>();
  readonly cellFormats = new Map<number, StoredCellFormat>();
  /** Formulas ("=SUM(A1:A3)") of cells that hold one; the cell's value is then its last result. */
  readonly formulas = new Map<number, string>();
  /** Cells holding an error value (#REF!, #N/A …), whose value is the error's text; valueTypes says "Error". */
  readonly errors = new Set<number>();
  /** Column index (0-based) → width in points; absent: Excel's default 48 (8.43 characters). */
  readonly columnWidths = new Map<number, number>();
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  pageLayout: StoredPageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    centerFooter: "",
  };
  charts: StoredChart[] = [];
  /** Manual page breaks: the rows (1-based) that start a new printed page. */
  rowBreaks: number[] = [];
  merges: Area[] = [];
  conditionalFormats: StoredConditionalFormat[] = [];
  dataValidations: StoredListRule[] = [];

  constructor(name: string) {
    this.name = name;
  }

  static key(row: number, column: number): number {
    return row * 16_384 + column;
  }

  value(row: number, column: number): StoredValue {
    return this.rows[row]?.[column] ?? "";
  }

  /** What Range.valueTypes says of a cell. */
  valueType(row: number, column: number): "Empty" | "String" | "Double" | "Boolean" | "Error" {
    if (this.errors.has(StoredSheet.key(row, column))) return "Error";
    const value = this.value(row, column);
    return value === ""
      ? "Empty"
      : typeof value === "number"
        ? "Double"
        : typeof value === "boolean"
          ? "Boolean"
          : "String";
  }

  /** The formula a cell holds, or null for a constant. */
  formula(row: number, column: number): string | null {
    return this.formulas.get(StoredSheet.key(row, column)) ?? null;
  }

  /** A formula and the value it shows (the fake does not calculate). */
  setFormula(row: number, column: number, formula: string, result: StoredValue): void {
    this.setValue(row, column, result);
    this.formulas.set(StoredSheet.key(row, column), formula);
  }

  setValue(
    row: number,
    column: number,
    value: StoredValue | null | undefined,
    error = false
  ): void {
    // A value typed over a formula replaces it.
    this.formulas.delete(StoredSheet.key(row, column));
    if (error) this.errors.add(StoredSheet.key(row, column));
    else this.errors.delete(StoredSheet.key(row, column));
    const empty = value === null || value === undefined || value === "";
    let cells = this.rows[row];
    if (!cells) {
      if (empty) return;
      cells = [];
      this.rows[row] = cells;
    }
    if (empty) delete cells[column];
    else cells[column] = value;
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(StoredSheet.key(row, column)) ?? "General";
  }

  setNumberFormat(row: number, column: number, format: string): void {
    if (format === "General" || format === "")
      this.numberFormats.delete(StoredSheet.key(row, column));
    else this.numberFormats.set(StoredSheet.key(row, column), format);
  }

  /** Excel reports "#FFFFFF" for a cell with no fill. */
  fill(row: number, column: number): string {
    return this.fills.get(StoredSheet.key(row, column)) ?? "#FFFFFF";
  }

  setFill(row: number, column: number, colour: string | null): void {
    if (colour === null) this.fills.delete(StoredSheet.key(row, column));
    else this.fills.set(StoredSheet.key(row, column), colour.toUpperCase());
  }

  cellFormat(row: number, column: number): StoredCellFormat {
    return this.cellFormats.get(StoredSheet.key(row, column)) ?? {};
  }

  /** Merge settings into a cell's format (what setCellProperties and format.* setters do). */
  setCellFormat(row: number, column: number, change: StoredCellFormat): void {
    const key = StoredSheet.key(row, column);
    const now = this.cellFormats.get(key) ?? {};
    const borders = change.borders ? { ...now.borders, ...change.borders } : now.borders;
    this.cellFormats.set(key, { ...now, ...change, ...(borders ? { borders } : {}) });
  }

  /** Excel's default column width is 8.43 characters, 48 points. */
  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 48;
  }

  /**
   * The smallest rectangle holding values (valuesOnly) or values and formatting, or null when blank.
   * Computed by scanning, as Excel does not keep it either (it is why used ranges can be slow).
   */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, column: number) => {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    };
    this.rows.forEach((cells, row) => {
      if (!cells) return;
      // Only each row's first and last filled cells matter (rows can be 100,000 long).
      const first = cells.findIndex((value) => value !== undefined);
      if (first === -1) return;
      let last = cells.length - 1;
      while (cells[last] === undefined) last -= 1;
      include(row, first);
      include(row, last);
    });
    if (!valuesOnly) {
      for (const key of [
        ...this.numberFormats.keys(),
        ...this.fills.keys(),
        ...this.cellFormats.keys(),
      ])
        include(Math.floor(key / 16_384), key % 16_384);
      // Merged cells are formatting too.
      for (const merge of this.merges) {
        include(merge.top, merge.left);
        include(merge.bottom, merge.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right, unbounded: false };
  }

  clear(area: Area): void {
    const bottom = Math.min(area.bottom, this.rows.length - 1);
    for (let row = area.top; row <= bottom; row += 1) {
      const cells = this.rows[row];
      if (!cells) continue;
      for (let column = area.left; column <= Math.min(area.right, cells.length - 1); column += 1)
        delete cells[column];
    }
    for (const map of [this.numberFormats, this.fills, this.cellFormats, this.formulas]) {
      for (const key of [...map.keys()]) {
        const row = Math.floor(key / 16_384);
        const column = key % 16_384;
        if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right)
          map.delete(key);
      }
    }
    this.conditionalFormats = this.conditionalFormats.filter(
      (cf) => !cf.areas.every((inner) => contains(area, inner))
    );
    this.dataValidations = this.dataValidations.filter((dv) => !contains(area, dv.area));
  }
}

export interface StoredCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** The whole workbook as the fake's "host" holds it; tests inspect and edit it directly. */
export class StoredWorkbook {
  name = "Plan.xlsx";
  readonly sheets: StoredSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly customXmlParts: StoredCustomXmlPart[] = [];
  /** Workbook-level defined names (workbook.names). */
  readonly names: StoredName[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  sheet(name: string): StoredSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  newId(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  addCustomXmlPart(xml: string): StoredCustomXmlPart {
    const namespace = /<[^!?][^>]*?\sxmlns="([^"]*)"/.exec(xml);
    const part = { id: `{FAKE-${this.newId()}}`, namespaceUri: namespace ? namespace[1] : "", xml };
    this.customXmlParts.push(part);
    return part;
  }
}

/** Describe a workbook for a test. Values are given row by row from `topLeft` (default A1). */
export interface FakeSheetInit {
  name: string;
  topLeft?: string;
  values?: (StoredValue | null | undefined)[][];
  /** A1 address → number format (for dates, percentages). */
  numberFormats?: Record<string, string>;
  /** A1 address → fill colour "#RRGGBB". */
  fills?: Record<string, string>;
  merges?: string[];
  protected?: boolean;
  visibility?: Visibility;
}

export interface FakeWorkbookInit {
  name?: string;
  sheets: FakeSheetInit[];
  settings?: Record<string, unknown>;
  customXmlParts?: string[];
}

export const buildWorkbook = (init: FakeWorkbookInit): StoredWorkbook => {
  const workbook = new StoredWorkbook();
  if (init.name) workbook.name = init.name;
  for (const sheetInit of init.sheets) {
    const sheet = new StoredSheet(sheetInit.name);
    sheet.protected = sheetInit.protected ?? false;
    sheet.visibility = sheetInit.visibility ?? "Visible";
    const origin = parseArea(sheetInit.topLeft ?? "A1");
    (sheetInit.values ?? []).forEach((cells, r) =>
      cells.forEach((value, c) => sheet.setValue(origin.top + r, origin.left + c, value))
    );
    for (const [address, format] of Object.entries(sheetInit.numberFormats ?? {})) {
      const area = parseArea(address);
      sheet.setNumberFormat(area.top, area.left, format);
    }
    for (const [address, colour] of Object.entries(sheetInit.fills ?? {})) {
      const area = parseArea(address);
      sheet.setFill(area.top, area.left, colour);
    }
    sheet.merges = (sheetInit.merges ?? []).map(parseArea).filter((area) => areaCells(area) > 1);
    workbook.sheets.push(sheet);
  }
  workbook.activeSheet = workbook.sheets[0]?.name ?? null;
  for (const [key, value] of Object.entries(init.settings ?? {})) workbook.settings.set(key, value);
  for (const xml of init.customXmlParts ?? []) workbook.addCustomXmlPart(xml);
  return workbook;
};
