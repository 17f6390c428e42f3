/** @jest-environment node */
import type { CellFormat } from "../../src/core/write-plan/write-plan";
import { cellFormatLayers } from "../../src/excel/queue-cell-formats";
import { fillLayers } from "../../src/excel/queue-write-op";

const TABLE: CellFormat = { border: true, wrap: true, vertical: "top" };
const area = (rows: number, columns: number) => ({
  top: 5,
  left: 2,
  bottom: 4 + rows,
  right: 1 + columns,
});

describe("cell formats go as rectangles or per cell, whichever is fewer bytes", () => {
  it("sends a bordered, wrapped table of 1,000 rows as one range, with nothing per cell", () => {
    const formats = Array.from({ length: 1_000 }, () => Array.from({ length: 8 }, () => TABLE));
    const { rectangles, perCell } = cellFormatLayers(area(1_000, 8), formats);
    expect(rectangles).toEqual([
      { area: { top: 5, left: 2, bottom: 1_004, right: 9 }, format: TABLE },
    ]);
    expect(perCell.flat().every((cell) => cell === null)).toBe(true);
  });

  it("keeps a RAG column's text colours, changing row by row, per cell, and its uniform alignment as one range", () => {
    const colours = ["#FFFFFF", "#0B0C0C"];
    const formats = Array.from({ length: 500 }, (_, r) => [
      { fontColour: colours[r % 2], vertical: "top" as const },
    ]);
    const { rectangles, perCell } = cellFormatLayers(area(500, 1), formats);
    expect(rectangles).toEqual([
      { area: { top: 5, left: 2, bottom: 504, right: 2 }, format: { vertical: "top" } },
    ]);
    expect(perCell.map((row) => row[0])).toEqual(
      formats.map((row) => ({ fontColour: row[0].fontColour }))
    );
  });

  it("leaves a cell with a single setting per cell when a range would cost more", () => {
    const { rectangles, perCell } = cellFormatLayers(area(1, 1), [[{ bold: true }]]);
    expect(rectangles).toEqual([]);
    expect(perCell).toEqual([[{ bold: true }]]);
  });

  it("paints a long run of one colour as a range and scattered colours per cell; null and '' are never painted", () => {
    const colours = [
      ...Array.from({ length: 300 }, () => ["#1D70B8"]),
      ["#D4351C"],
      [null],
      [""],
      ["#00703C"],
    ];
    const { rectangles, perCell } = fillLayers(area(colours.length, 1), colours);
    expect(rectangles).toEqual([
      { area: { top: 5, left: 2, bottom: 304, right: 2 }, value: "#1D70B8" },
    ]);
    expect(perCell.map((row) => row[0]).slice(299)).toEqual([false, true, false, false, true]);
  });
});
