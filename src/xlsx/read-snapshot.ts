import type { Cell, Row, Workbook, Worksheet } from "exceljs";
import type { GatewayError } from "../core/gateway";
import { cellAddress, parseCellAddress, rangeAddress, type RangeArea } from "../core/model/address";
import type { CellValue } from "../core/model/cell-value";
import { isDateFormat } from "../core/parse/excel-date";
import { err, ok, type Result } from "../core/result";
import { fingerprintSheets } from "../core/snapshot/fingerprint";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import {
  EXCEL_MAX_CELL_CHARACTERS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_SNAPSHOT_CELLS,
} from "./excel-limits";
import { solidFillColour } from "./fill-colour";
import { DATE_1904_OFFSET_DAYS, normaliseCellValue } from "./read-cell-value";
import { readSheetLists } from "./read-lists";

const tooLarge = (sheet: string, message: string, cells?: string[]): GatewayError => ({
  kind: "too-large",
  message,
  sheet,
  ...(cells ? { cells } : {}),
});

/** 1048577 → "1,048,577", without depending on the runtime's locale data. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A merged cell other than its area's top-left one: Excel shows it empty, whatever exceljs echoes. */
const isCoveredByMerge = (cell: Cell): boolean => cell.isMerged && cell.master !== cell;

/**
 * The value as the 1900 date system would hold it. exceljs turns date-formatted numbers into Dates
 * itself (honouring the 1904 flag); a date format it did not recognise leaves a raw 1904 serial,
 * which is shifted here so the core sees one date system (docs/DATES.md, Excel serials).
 */
const cellValue = (cell: Cell, date1904: boolean): CellValue => {
  // A formula's result is turned into a Date like a typed value, so it is the result that is asked.
  const stored = isFormula(cell.value) ? formulaResult(cell) : cell.value;
  const value = normaliseCellValue(stored);
  if (
    date1904 &&
    typeof value === "number" &&
    !(stored instanceof Date) &&
    isDateFormat(cell.numFmt)
  )
    return value + DATE_1904_OFFSET_DAYS;
  return value;
};

const isFormula = (value: unknown): boolean =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/**
 * A formula's saved result, from the cell's model: exceljs's `cell.value` copies only truthy fields,
 * so a formula showing 0 or FALSE would otherwise read as empty, and as never calculated.
 */
const formulaResult = (cell: Cell): unknown => cell.result;

const isGeneral = (format: unknown): boolean =>
  typeof format !== "string" || format === "" || format.toLowerCase() === "general";

interface CellEntry {
  row: number;
  column: number;
  value: CellValue;
}

/** What a pass over the sheet's stored cells finds. */
interface SheetScan {
  entries: CellEntry[];
  numberFormats: Record<string, string>;
  fills: Record<string, string>;
  merges: Map<string, RangeArea>;
  /** Cells with a formula and no saved result, counted so the person is told once (formula-uncalculated). */
  uncalculated: { cells: number; first: string | null };
  /** Formula cells whose saved result is empty text, which exceljs reads as no result (empty-formula-results.ts). */
  savedEmpty: ReadonlySet<string>;
}

const visibilityOf = (worksheet: Worksheet): SheetSnapshot["visibility"] =>
  worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";

/** exceljs keeps `<sheetProtection sheet="1">` on an untyped property; narrow it rather than trust it. */
const isProtected = (worksheet: Worksheet): boolean => {
  const protection: unknown = Reflect.get(worksheet, "sheetProtection");
  return (
    typeof protection === "object" &&
    protection !== null &&
    Boolean(Reflect.get(protection, "sheet"))
  );
};

/** Merged areas, found from the covered cells: each points at its area's top-left cell. */
const growMerge = (
  merges: Map<string, RangeArea>,
  cell: Cell,
  row: number,
  column: number
): void => {
  const key = cell.master.address;
  const master = parseCellAddress(key);
  if (!master) return;
  const area = merges.get(key) ?? {
    top: master.row,
    left: master.column,
    bottom: master.row,
    right: master.column,
  };
  area.bottom = Math.max(area.bottom, row);
  area.right = Math.max(area.right, column);
  merges.set(key, area);
};

const readRow = (
  worksheet: Worksheet,
  row: Row,
  date1904: boolean,
  into: SheetScan
): GatewayError | null => {
  if (row.cellCount > EXCEL_MAX_COLUMNS) {
    return tooLarge(
      worksheet.name,
      `Row ${count(row.number)} of the sheet '${worksheet.name}' runs past Excel's last column (XFD), so the file is damaged; save it again from Excel and try again.`
    );
  }
  for (let column = 1; column <= row.cellCount; column += 1) {
    const cell = row.findCell(column);
    if (!cell) continue;
    const address = cellAddress(row.number, column);
    if (isCoveredByMerge(cell)) growMerge(into.merges, cell, row.number, column);
    else {
      const value = cellValue(cell, date1904);
      if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARACTERS) {
        return tooLarge(
          worksheet.name,
          `Cell ${address} on the sheet '${worksheet.name}' holds ${count(value.length)} characters, more than Excel's limit of 32,767; shorten it in Excel and try again.`,
          [address]
        );
      }
      if (value !== null) into.entries.push({ row: row.number, column, value });
      // A formula with no saved result (exceljs gives `{ formula }` and no result): a program wrote it
      // and nobody has opened the workbook in Excel since. An empty-text result reads the same in
      // exceljs, so those cells (savedEmpty) are left out.
      else if (
        isFormula(cell.value) &&
        formulaResult(cell) === undefined &&
        !into.savedEmpty.has(address)
      ) {
        into.uncalculated.cells += 1;
        into.uncalculated.first ??= address;
      }
    }
    if (!isGeneral(cell.numFmt)) into.numberFormats[address] = cell.numFmt;
    const fill = solidFillColour(cell.fill);
    if (fill) into.fills[address] = fill;
  }
  return null;
};

/** One worksheet's used range from A1 to the last cell holding a value, as plain data. */
export const readWorksheet = (
  worksheet: Worksheet,
  date1904: boolean,
  savedEmpty: ReadonlySet<string> = new Set()
): Result<SheetSnapshot, GatewayError> => {
  const rowCount = worksheet.rowCount;
  if (rowCount > EXCEL_MAX_ROWS) {
    return err(
      tooLarge(
        worksheet.name,
        `The sheet '${worksheet.name}' runs to row ${count(rowCount)}, past Excel's last row (1,048,576), so the file is damaged; save it again from Excel and try again.`
      )
    );
  }
  const found: SheetScan = {
    entries: [],
    numberFormats: {},
    fills: {},
    merges: new Map(),
    uncalculated: { cells: 0, first: null },
    savedEmpty,
  };
  for (let r = 1; r <= rowCount; r += 1) {
    const row = worksheet.findRow(r); // never getRow: that would create every missing row of a sparse sheet
    if (!row) continue;
    const problem = readRow(worksheet, row, date1904, found);
    if (problem) return err(problem);
  }
  const lastRow = found.entries.reduce((max, e) => Math.max(max, e.row), 0);
  const lastColumn = found.entries.reduce((max, e) => Math.max(max, e.column), 0);
  if (lastRow * lastColumn > MAX_SNAPSHOT_CELLS) {
    return err(
      tooLarge(
        worksheet.name,
        `The sheet '${worksheet.name}' uses ${count(lastRow)} rows by ${count(lastColumn)} columns, more than the ${count(MAX_SNAPSHOT_CELLS)} cells Plan Tracker can read at once; delete stray cells far below or right of the plan and try again.`
      )
    );
  }
  const values: CellValue[][] = Array.from({ length: lastRow }, () =>
    new Array<CellValue>(lastColumn).fill(null)
  );
  for (const { row, column, value } of found.entries) values[row - 1][column - 1] = value;
  const merges = [...found.merges.values()]
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map(rangeAddress);
  return ok({
    name: worksheet.name,
    firstRow: 1,
    firstColumn: 1,
    values,
    numberFormats: found.numberFormats,
    fills: found.fills,
    merges,
    protected: isProtected(worksheet),
    visibility: visibilityOf(worksheet),
    ...(found.uncalculated.first !== null
      ? { uncalculated: { cells: found.uncalculated.cells, first: found.uncalculated.first } }
      : {}),
  });
};

/**
 * Every worksheet, in tab order, with a stamp of when and what was read. `savedEmpty` names, by sheet,
 * the formula cells whose saved result is empty text, so they are not counted as never calculated.
 */
export const readWorkbookSnapshot = (
  workbook: Workbook,
  name: string,
  takenAt: string,
  savedEmpty: ReadonlyMap<string, ReadonlySet<string>> = new Map()
): Result<WorkbookSnapshot, GatewayError> => {
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: SheetSnapshot[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = readWorksheet(worksheet, date1904, savedEmpty.get(worksheet.name));
    if (!sheet.ok) return sheet;
    // Dropdowns say which words a status column uses; only sheets that have some carry the field.
    const lists = readSheetLists(workbook, worksheet);
    sheets.push(lists.length > 0 ? { ...sheet.value, lists } : sheet.value);
  }
  return ok({
    name,
    sheets,
    settings: {},
    stamp: { takenAt, fingerprint: fingerprintSheets(sheets) },
  });
};
