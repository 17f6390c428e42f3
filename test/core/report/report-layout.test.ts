/** @jest-environment node */
import {
  COLUMN_BOUNDS,
  fitWidths,
  linesNeeded,
  printScale,
  rowPoints,
} from "../../../src/core/report/report-layout";
import type { StyledCell } from "../../../src/core/write-plan/sheet-builder";

const wrapped = (value: string): StyledCell => ({ value, format: { wrap: true } });

describe("the report's layout, computed from its content", () => {
  it("wraps at spaces: a word that does not fit goes to the next line, a longer word than the line is split", () => {
    expect(linesNeeded("short", 20)).toBe(1);
    // 20 wide holds 20 characters of running text: "aaaa bbbb cccc dddd" fits, one more word does not.
    expect(linesNeeded("aaaa bbbb cccc dddd", 20)).toBe(1);
    expect(linesNeeded("aaaa bbbb cccc dddd eeee", 20)).toBe(2);
    expect(linesNeeded("x".repeat(50), 20)).toBe(3);
    expect(linesNeeded("one\ntwo\nthree", 40)).toBe(3);
    // Bold runs wider, so the same text may need more lines.
    expect(linesNeeded("aaaa bbbb cccc dddd", 20, true)).toBe(2);
  });

  it("fits each column to its longest line within its bounds, ignoring text that may overflow (titles, banners)", () => {
    const widths = fitWidths([
      [wrapped("x".repeat(100)), wrapped("12")],
      [{ value: "A title much longer than any column" }],
    ]);
    expect(widths[0]).toBe(COLUMN_BOUNDS[0].max);
    expect(widths[1]).toBe(COLUMN_BOUNDS[1].min);
    expect(widths).toHaveLength(COLUMN_BOUNDS.length);
  });

  it("makes a row as tall as its most wrapped cell, up to Excel's 409 points", () => {
    const widths = COLUMN_BOUNDS.map((b) => b.min);
    expect(rowPoints([wrapped("short")], widths)).toBe(15);
    expect(rowPoints([wrapped("word ".repeat(40))], widths)).toBeGreaterThan(15);
    expect(rowPoints([wrapped("word ".repeat(5000))], widths)).toBe(409);
  });

  it("scales so the columns fit one page wide and the dashboard one page tall, never above 100% or below 10%", () => {
    const narrow = [10, 10, 10, 10, 10, 10, 10, 10];
    expect(printScale(narrow, 100)).toBe(100);
    const wide = COLUMN_BOUNDS.map((b) => b.max);
    expect(printScale(wide, 100)).toBeLessThan(printScale(narrow, 100));
    expect(printScale(narrow, 2000)).toBeLessThan(printScale(narrow, 400));
    expect(printScale(narrow, 1_000_000)).toBe(10);
  });
});
