/** @jest-environment node */
import { chunkWritePlan, sliceRows } from "../../src/core/write-plan/chunk-write-plan";
import type { CellFormat, WriteOp } from "../../src/core/write-plan/write-plan";
import { detectApiSupport } from "../../src/excel/capabilities";
import { characterWidthToPoints, columnRuns } from "../../src/excel/column-width";
import { sameRectangles } from "../../src/excel/fill-rectangles";
import { excelSizer } from "../../src/excel/op-sizer";
import { cellFormatKey, toCellProperties } from "../../src/excel/queue-cell-formats";
import { shiftFormula } from "../../src/excel/shift-formula";

describe("shiftFormula (one rule per area before ExcelApi 1.9)", () => {
  it.each([
    ["=C37<C36", 0, 2, "=E37<E36"],
    ["=$C37<C$36", 1, 1, "=$C38<D$36"],
    ['=AND($B2="C37",C2>0)', 3, 0, '=AND($B5="C37",C5>0)'],
    ["='Sheet A1'!B2+Sheet1!B2", 1, 1, "='Sheet A1'!C3+Sheet1!C3"],
    ["=LOG10(A1)+SUM(A1:B2)", 0, 1, "=LOG10(B1)+SUM(B1:C2)"],
    ["=A1", -1, 0, "=#REF!"],
    ["=XFD1", 0, 1, "=#REF!"],
    ["=TRUE", 5, 5, "=TRUE"],
    ["=1.5E3>A1", 1, 0, "=1.5E3>A2"],
  ])("%s moved %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});

describe("column widths", () => {
  it.each([
    [8.43, 48],
    [10, 56.25],
    [0, 0],
  ])(
    "%s characters are %s points (Calibri 11: 7 px a character plus 5 px padding, 0.75 pt a pixel)",
    (characters, points) => {
      expect(characterWidthToPoints(characters)).toBeCloseTo(points, 1);
    }
  );

  it("groups adjacent equal widths and lets a later width for a column win", () => {
    expect(
      columnRuns([
        { column: 3, width: 12 },
        { column: 2, width: 12 },
        { column: 4, width: 12 },
        { column: 6, width: 12 },
        { column: 3, width: 20 },
      ])
    ).toEqual([
      { first: 2, last: 2, width: 12 },
      { first: 3, last: 3, width: 20 },
      { first: 4, last: 4, width: 12 },
      { first: 6, last: 6, width: 12 },
    ]);
  });
});

describe("cell formats in Excel's words", () => {
  it("maps a CellFormat to setCellProperties, and null or {} to a cell left alone", () => {
    expect(
      toCellProperties({
        fontColour: "#FFFFFF",
        bold: false,
        wrap: true,
        horizontal: "right",
        vertical: "center",
        border: false,
      })
    ).toEqual({
      format: {
        font: { color: "#FFFFFF", bold: false },
        wrapText: true,
        horizontalAlignment: "Right",
        verticalAlignment: "Center",
        borders: {
          top: { style: "None" },
          bottom: { style: "None" },
          left: { style: "None" },
          right: { style: "None" },
        },
      },
    });
    expect([toCellProperties(null), toCellProperties({})]).toEqual([{}, {}]);
  });

  it("treats colours in either case as the same format", () => {
    expect(cellFormatKey({ fontColour: "#ffffff", bold: true })).toBe(
      cellFormatKey({ bold: true, fontColour: "#FFFFFF" })
    );
    expect(cellFormatKey({ bold: true })).not.toBe(cellFormatKey({ bold: false }));
  });

  it("covers a block with rectangles of equal cells", () => {
    const bold: CellFormat = { bold: true };
    const rectangles = sameRectangles(
      10,
      2,
      [
        [bold, bold, null],
        [bold, bold, null],
        [null, bold, null],
      ],
      cellFormatKey
    );
    expect(rectangles.map(({ area, cell }) => [area, cell])).toEqual(
      expect.arrayContaining([
        [{ top: 10, bottom: 11, left: 2, right: 3 }, bold],
        [{ top: 10, bottom: 12, left: 4, right: 4 }, null],
        [{ top: 12, bottom: 12, left: 2, right: 2 }, null],
        [{ top: 12, bottom: 12, left: 3, right: 3 }, bold],
      ])
    );
    expect(rectangles).toHaveLength(4);
  });
});

describe("chunking cell formats", () => {
  const op: WriteOp = {
    kind: "cellFormats",
    sheet: "S",
    topLeft: "C5",
    formats: [[{ bold: true }], [null], [{ wrap: true }]],
  };

  it("slices cell formats by rows, anchored where the rows sit", () => {
    expect(sliceRows(op, 1, 3)).toEqual({
      kind: "cellFormats",
      sheet: "S",
      topLeft: "C6",
      formats: [[null], [{ wrap: true }]],
    });
  });

  it("keeps every row and each chunk within budget", () => {
    const support = detectApiSupport(() => true);
    const big: WriteOp = {
      kind: "cellFormats",
      sheet: "S",
      topLeft: "A1",
      formats: Array.from({ length: 5_000 }, (_, i) => [
        { fontColour: i % 2 ? "#FFFFFF" : "#0B0C0C" },
      ]),
    };
    const chunks = chunkWritePlan([big], 50_000, excelSizer(support));
    expect(chunks.length).toBeGreaterThan(1);
    expect(
      chunks
        .flat()
        .reduce((sum, piece) => sum + (piece.kind === "cellFormats" ? piece.formats.length : 0), 0)
    ).toBe(5_000);
  });
});
