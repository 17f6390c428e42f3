import { columnLetter, columnNumber, qualifiedAddress } from "../../../src/core/model/address";
import { FakeOfficeError } from "./errors";

/** Excel's grid (Excel specifications and limits). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based inclusive, as Excel's rowIndex/columnIndex count them. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Whole columns ("A:F"), whole rows ("3:5") or the whole sheet: Excel treats these specially. */
  unbounded: boolean;
}

export const areaRows = (area: Area): number => area.bottom - area.top + 1;
export const areaColumns = (area: Area): number => area.right - area.left + 1;
export const areaCells = (area: Area): number => areaRows(area) * areaColumns(area);

export const wholeSheet = (): Area => ({
  top: 0,
  left: 0,
  bottom: MAX_ROWS - 1,
  right: MAX_COLUMNS - 1,
  unbounded: true,
});

export const areaFromIndexes = (
  row: number,
  column: number,
  rows: number,
  columns: number
): Area => {
  if (
    row < 0 ||
    column < 0 ||
    rows < 1 ||
    columns < 1 ||
    row + rows > MAX_ROWS ||
    column + columns > MAX_COLUMNS
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      "Worksheet.getRangeByIndexes"
    );
  }
  return {
    top: row,
    left: column,
    bottom: row + rows - 1,
    right: column + columns - 1,
    unbounded: false,
  };
};

const cellRef = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const columnRef = /^\$?([A-Z]{1,3})$/;
const rowRef = /^\$?(\d{1,7})$/;

/** Strip a sheet prefix ("Sheet1!", "'My sheet'!") the way Excel accepts it in getRange. */
export const withoutSheet = (address: string): string => {
  const bang = address.lastIndexOf("!");
  return bang === -1 ? address : address.slice(bang + 1);
};

/** Parse "B3", "B3:D9", "A:F", "3:5" into an area; anything else is Excel's InvalidArgument. */
export const parseArea = (address: string): Area => {
  const text = withoutSheet(address).trim().toUpperCase();
  const [from, to = from] = text.split(":");
  const invalid = () =>
    new FakeOfficeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      `getRange("${address}")`
    );
  const a = cellRef.exec(from);
  const b = cellRef.exec(to);
  if (a && b) {
    const rows = [Number(a[2]), Number(b[2])];
    const cols = [columnNumber(a[1]), columnNumber(b[1])];
    if (Math.min(...rows) < 1 || Math.max(...rows) > MAX_ROWS || Math.max(...cols) > MAX_COLUMNS)
      throw invalid();
    return {
      top: Math.min(...rows) - 1,
      bottom: Math.max(...rows) - 1,
      left: Math.min(...cols) - 1,
      right: Math.max(...cols) - 1,
      unbounded: false,
    };
  }
  const ca = columnRef.exec(from);
  const cb = columnRef.exec(to);
  if (ca && cb && text.includes(":")) {
    const cols = [columnNumber(ca[1]), columnNumber(cb[1])];
    if (Math.max(...cols) > MAX_COLUMNS) throw invalid();
    return {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(...cols) - 1,
      right: Math.max(...cols) - 1,
      unbounded: true,
    };
  }
  const ra = rowRef.exec(from);
  const rb = rowRef.exec(to);
  if (ra && rb && text.includes(":")) {
    const rows = [Number(ra[1]), Number(rb[1])];
    if (Math.min(...rows) < 1 || Math.max(...rows) > MAX_ROWS) throw invalid();
    return {
      top: Math.min(...rows) - 1,
      bottom: Math.max(...rows) - 1,
      left: 0,
      right: MAX_COLUMNS - 1,
      unbounded: true,
    };
  }
  throw invalid();
};

export const formatArea = (area: Area): string => {
  const first = `${columnLetter(area.left + 1)}${area.top + 1}`;
  const last = `${columnLetter(area.right + 1)}${area.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
};

/** Excel qualifies addresses it returns with the sheet name ("Sheet1!A1:C3", "'My sheet'!A1"). */
export const sheetAddress = (sheet: string, area: Area): string =>
  qualifiedAddress(sheet, formatArea(area));

export const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export const contains = (outer: Area, inner: Area): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;
