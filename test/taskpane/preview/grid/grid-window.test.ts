/** @jest-environment node */
import type { GridSizes } from "../../../../src/taskpane/preview/grid/grid-window";
import { gridWindow, scrollToCell } from "../../../../src/taskpane/preview/grid/grid-window";

const sizes: GridSizes = { rowHeight: 20, columnWidth: 100, overscan: 2 };
const viewport = (scrollTop: number, scrollLeft = 0) => ({
  scrollTop,
  scrollLeft,
  height: 200,
  width: 400,
});

describe("gridWindow", () => {
  it("draws the first screenful plus the overscan at the top of a long sheet", () => {
    const w = gridWindow(20000, 30, viewport(0), sizes);
    expect([w.firstRow, w.lastRow, w.firstColumn, w.lastColumn]).toEqual([1, 12, 1, 6]);
    expect([w.topSpace, w.leftSpace]).toEqual([0, 0]);
    expect(w.bottomSpace).toBe((20000 - 12) * 20);
    expect(w.rightSpace).toBe((30 - 6) * 100);
  });

  it("keeps the total height constant wherever it is scrolled", () => {
    for (const top of [0, 1234, 200000, 399800]) {
      const w = gridWindow(20000, 30, viewport(top), sizes);
      expect(w.topSpace + (w.lastRow - w.firstRow + 1) * 20 + w.bottomSpace).toBe(20000 * 20);
      expect(w.lastRow - w.firstRow + 1).toBeLessThanOrEqual(200 / 20 + 2 * 2 + 1);
    }
  });

  it("draws the middle of a sheet with the rows around the viewport", () => {
    const w = gridWindow(20000, 30, viewport(10000, 1000), sizes);
    expect([w.firstRow, w.lastRow]).toEqual([499, 512]);
    expect([w.firstColumn, w.lastColumn]).toEqual([9, 16]);
    expect(w.topSpace).toBe(498 * 20);
    expect(w.leftSpace).toBe(8 * 100);
  });

  it("clamps at the end and for small or empty sheets", () => {
    const end = gridWindow(100, 3, viewport(999999, 999999), sizes);
    expect([end.lastRow, end.lastColumn, end.bottomSpace, end.rightSpace]).toEqual([100, 3, 0, 0]);
    const small = gridWindow(3, 2, viewport(0), sizes);
    expect([small.firstRow, small.lastRow, small.firstColumn, small.lastColumn]).toEqual([
      1, 3, 1, 2,
    ]);
    const empty = gridWindow(0, 0, viewport(0), sizes);
    expect(empty.lastRow).toBeLessThan(empty.firstRow);
  });
});

describe("scrollToCell", () => {
  it("centres the cell, never scrolling before the start", () => {
    expect(scrollToCell(1, 1, viewport(0), sizes)).toEqual({ scrollTop: 0, scrollLeft: 0 });
    const target = scrollToCell(15000, 10, viewport(0), sizes);
    expect(target.scrollTop).toBe(14999 * 20 - 90);
    expect(target.scrollLeft).toBe(900 - 150);
    const w = gridWindow(20000, 30, { ...viewport(0), ...target }, sizes);
    expect(w.firstRow).toBeLessThanOrEqual(15000);
    expect(w.lastRow).toBeGreaterThanOrEqual(15000);
  });
});
