import { parseRangeAddress, rangeAddress, type RangeArea } from "../model/address";
import type { CheckMap } from "./check-map";

/** A range the host said a person changed ("Actions", "C18:C517"). */
export interface ChangedRange {
  sheet: string;
  address: string;
}

/** What to read back after a burst of changes, and whether a very large paste had to be cut short. */
export interface AreasToRead {
  ranges: ChangedRange[];
  cells: number;
  /** Rows left unread beyond the budget (a paste over a whole sheet). */
  clipped: number;
}

const intersect = (a: RangeArea, b: RangeArea): RangeArea | null => {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
};

/** A whole column or row ("C:C", "5:5") reaches the sheet's edge. */
const areaOf = (address: string): RangeArea | null => {
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (columns) return parseRangeAddress(`${columns[1]}1:${columns[2]}1048576`);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return parseRangeAddress(`A${rows[1]}:XFD${rows[2]}`);
  return parseRangeAddress(address.replace(/\$/g, ""));
};

/**
 * The cells to read back after a burst of changes: on each sheet, one rectangle around the changed
 * cells that live checking reads (inside a table's body, in a checked column), so a paste of 500
 * rows is one range and one read, and a change outside the plan's tables reads nothing at all.
 */
export const areasToRead = (
  map: CheckMap,
  changes: readonly ChangedRange[],
  maxCells: number
): AreasToRead => {
  const bounds = new Map<string, RangeArea>();
  for (const change of changes) {
    for (const part of change.address.split(",")) {
      const changed = areaOf(part.trim());
      if (!changed) continue;
      for (const table of map.tables) {
        if (table.sheet !== change.sheet) continue;
        const checked = table.columns.map((column) => column.column);
        const body = {
          top: table.firstRow,
          bottom: table.lastRow,
          left: Math.min(...checked),
          right: Math.max(...checked),
        };
        const hit = intersect(changed, body);
        if (!hit || !checked.some((column) => column >= hit.left && column <= hit.right)) continue;
        const known = bounds.get(change.sheet);
        bounds.set(
          change.sheet,
          known
            ? {
                top: Math.min(known.top, hit.top),
                left: Math.min(known.left, hit.left),
                bottom: Math.max(known.bottom, hit.bottom),
                right: Math.max(known.right, hit.right),
              }
            : hit
        );
      }
    }
  }
  const ranges: ChangedRange[] = [];
  let cells = 0;
  let clipped = 0;
  for (const [sheet, area] of bounds) {
    const width = area.right - area.left + 1;
    const rowsLeft = Math.max(0, Math.floor((maxCells - cells) / width));
    const rows = Math.min(area.bottom - area.top + 1, rowsLeft);
    clipped += area.bottom - area.top + 1 - rows;
    if (rows === 0) continue;
    ranges.push({ sheet, address: rangeAddress({ ...area, bottom: area.top + rows - 1 }) });
    cells += rows * width;
  }
  return { ranges, cells, clipped };
};
