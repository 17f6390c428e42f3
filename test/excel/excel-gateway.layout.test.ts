/** @jest-environment node */
import type {
  CellFormat,
  ChartSpec,
  WriteOp,
  WritePlan,
} from "../../src/core/write-plan/write-plan";
import { characterWidthToPoints } from "../../src/excel/column-width";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "./fake-excel";

// These tests measure the write mechanics alone; Undo last run's record has its own tests (excel-gateway.undo.test.ts).
const WRITES_ONLY = { keepUndo: false } as const;

const FOUR_MB = 4 * 1024 * 1024;
const basedOn = { takenAt: "2025-01-15T09:30:00.000Z", fingerprint: "00000000" };
const planOf = (...ops: WriteOp[]): WritePlan => ({ basedOn, ops });
const BOARD = "Board report";

/** The board report's RAG mix table (docs/RATINGS.md#action-rag levels) as the dashboard writes it, header row 30. */
const ragMix = (): FakeWorkbookInit => ({
  sheets: [
    {
      name: BOARD,
      topLeft: "B30",
      values: [
        ["Priority", "Red", "Amber", "Green"],
        ["1 Leadership", 1, 3, 4],
        ["2 Workforce", 2, 2, 1],
        ["3 Practice", 0, 5, 6],
      ],
    },
    {
      name: "Actions",
      values: [
        ["Ref", "Status"],
        ["1.1", "On track"],
        ["1.2", "Off track"],
      ],
    },
  ],
});

const chart = (overrides: Partial<ChartSpec> = {}): ChartSpec => ({
  chartType: "barStacked",
  source: "B30:E33",
  seriesBy: "columns",
  title: "RAG mix by priority",
  altText: "Stacked bars: Leadership 1 red, 3 amber, 4 green; Workforce 2, 2, 1; Practice 0, 5, 6.",
  topLeft: "G30",
  bottomRight: "N45",
  seriesColours: ["#D4351C", "#FFBF47", "#00703C"],
  ...overrides,
});

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const apply = async (plan: WritePlan) => {
  const result = await createExcelGateway(WRITES_ONLY).apply(plan);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("cell formats", () => {
  const red: CellFormat = { fontColour: "#FFFFFF", bold: true, horizontal: "center", border: true };
  const formats: (CellFormat | null)[][] = [
    [red, red, null],
    [red, red, { wrap: true, vertical: "top", italic: true }],
  ];

  it("paints a block with one setCellProperties call on ExcelApi 1.9, leaving null cells alone", async () => {
    fake = installFakeExcel(ragMix());
    fake.sheet(BOARD).setCellFormat(31, 3, { fontColour: "#0B0C0C" }); // D32 (0-based 31, 3), outside the block's painted cells
    await apply(
      planOf({ kind: "cellFormats", sheet: BOARD, topLeft: "B31", formats: [[red, red, null]] })
    );
    expect(fake.stats.calls["Range.setCellProperties"]).toBe(1);
    expect(fake.cellFormat(BOARD, "B31")).toEqual({
      fontColour: "#FFFFFF",
      bold: true,
      horizontal: "Center",
      borders: {
        top: { style: "Continuous", weight: "Thin" },
        bottom: { style: "Continuous", weight: "Thin" },
        left: { style: "Continuous", weight: "Thin" },
        right: { style: "Continuous", weight: "Thin" },
      },
    });
    expect(fake.cellFormat(BOARD, "D31")).toEqual({});
  });

  it("keeps a cell's other settings when a format sets only some (null and absent mean leave alone)", async () => {
    fake = installFakeExcel(ragMix());
    await apply(
      planOf({ kind: "cellFormats", sheet: BOARD, topLeft: "C31", formats: [[{ bold: true }]] })
    );
    await apply(
      planOf({
        kind: "cellFormats",
        sheet: BOARD,
        topLeft: "C31",
        formats: [[{ fontColour: "#0B0C0C" }]],
      })
    );
    expect(fake.cellFormat(BOARD, "C31")).toEqual({ bold: true, fontColour: "#0B0C0C" });
  });

  it.each(["1.9", "1.8"])("gives the same cells the same look on ExcelApi %s", async (version) => {
    fake = installFakeExcel(ragMix(), { apiVersion: version });
    const report = await apply(
      planOf({ kind: "cellFormats", sheet: BOARD, topLeft: "B31", formats })
    );
    expect(report.skipped).toEqual([]);
    const thin = { style: "Continuous", weight: "Thin" };
    for (const cell of ["B31", "C31", "B32", "C32"]) {
      expect(fake.cellFormat(BOARD, cell)).toMatchObject({
        fontColour: "#FFFFFF",
        bold: true,
        horizontal: "Center",
        borders: { top: thin, bottom: thin, left: thin, right: thin },
      });
    }
    expect(fake.cellFormat(BOARD, "D31")).toEqual({});
    expect(fake.cellFormat(BOARD, "D32")).toEqual({ wrap: true, vertical: "Top", italic: true });
  });

  it("before ExcelApi 1.9 uses one range per rectangle of equal formats, not one per cell", async () => {
    fake = installFakeExcel(ragMix(), { apiVersion: "1.8" });
    await apply(planOf({ kind: "cellFormats", sheet: BOARD, topLeft: "B31", formats }));
    expect(fake.stats.calls["Range.setCellProperties"]).toBeUndefined();
    // B31:C32 is one rectangle, D32 another; D31 (null) costs nothing.
    expect(fake.stats.calls["RangeFont.bold="]).toBe(1);
    expect(fake.stats.calls["RangeFont.italic="]).toBe(1);
    expect(fake.stats.calls["RangeBorder.style="]).toBe(6); // four edges and the two inside borders
  });
});

describe("column widths, frozen panes and print setup", () => {
  it("sets widths in points from characters, one range per run of equal widths", async () => {
    fake = installFakeExcel(ragMix());
    await apply(
      planOf({
        kind: "columnWidths",
        sheet: BOARD,
        widths: [
          { column: "B", width: 40 },
          { column: "C", width: 12 },
          { column: "D", width: 12 },
          { column: "E", width: 12 },
        ],
      })
    );
    expect([
      fake.columnWidth(BOARD, "B"),
      fake.columnWidth(BOARD, "C"),
      fake.columnWidth(BOARD, "E"),
      fake.columnWidth(BOARD, "F"),
    ]).toEqual([
      characterWidthToPoints(40),
      characterWidthToPoints(12),
      characterWidthToPoints(12),
      48,
    ]);
    expect(fake.stats.calls["RangeFormat.columnWidth="]).toBe(2);
  });

  it.each([
    [4, 1, { rows: 4, columns: 1 }, "WorksheetFreezePanes.freezeAt"],
    [4, 0, { rows: 4, columns: 0 }, "WorksheetFreezePanes.freezeRows"],
    [0, 2, { rows: 0, columns: 2 }, "WorksheetFreezePanes.freezeColumns"],
    [0, 0, { rows: 0, columns: 0 }, "WorksheetFreezePanes.unfreeze"],
  ])("freezes %i rows and %i columns", async (rows, columns, frozen, call) => {
    fake = installFakeExcel(ragMix());
    fake.sheet(BOARD).frozen = { rows: 9, columns: 9 };
    await apply(planOf({ kind: "freezePanes", sheet: BOARD, rows, columns }));
    expect(fake.sheet(BOARD).frozen).toEqual(frozen);
    expect(fake.stats.calls[call]).toBe(1);
  });

  it("sets A4, orientation, fit to pages wide, repeated title rows and the footer", async () => {
    fake = installFakeExcel(ragMix());
    await apply(
      planOf({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        printTitleRows: "1:4",
        footer: "Board report Q3 - page &P of &N - printed &D",
      })
    );
    expect(fake.sheet(BOARD).pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$4",
      centerFooter: "Board report Q3 - page &P of &N - printed &D",
    });
  });
});

describe("print scale and page breaks", () => {
  it("prints at a fixed scale and puts the manual breaks given in place of the sheet's own", async () => {
    fake = installFakeExcel(ragMix());
    fake.sheet(BOARD).rowBreaks = [3];
    await apply(
      planOf({
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        scale: 72,
        rowBreaks: [30, 41],
      })
    );
    expect(fake.sheet(BOARD).pageLayout.zoom).toEqual({ scale: 72 });
    expect(fake.sheet(BOARD).rowBreaks).toEqual([30, 41]);
  });
});

describe("charts", () => {
  it("adds a named native chart from the range, with title, position and series colours, and says how to add its alt text", async () => {
    fake = installFakeExcel(ragMix());
    const report = await apply(planOf({ kind: "chart", sheet: BOARD, chart: chart() }));
    expect(fake.sheet(BOARD).charts).toEqual([
      expect.objectContaining({
        name: "RAG mix by priority",
        type: "BarStacked",
        source: { top: 29, left: 1, bottom: 32, right: 4, unbounded: false },
        seriesBy: "Columns",
        title: "RAG mix by priority",
        topLeft: "G30",
        bottomRight: "N45",
        seriesCount: 3,
        seriesFills: ["#D4351C", "#FFBF47", "#00703C"],
      }),
    ]);
    expect(report.skipped).toEqual([
      `Excel's add-in interface cannot set a chart's alt text, so the chart "RAG mix by priority" on "Board report" has none yet; right-click it, choose Edit Alt Text and enter: ${chart().altText}`,
    ]);
  });

  it("colours a line chart's lines, by rows, and ignores colours beyond the series there are", async () => {
    fake = installFakeExcel(ragMix());
    await apply(
      planOf({
        kind: "chart",
        sheet: BOARD,
        chart: chart({
          chartType: "line",
          seriesBy: "rows",
          seriesColours: ["#1D70B8", "#912B88", "#F47738", "#000000"],
        }),
      })
    );
    const [line] = fake.sheet(BOARD).charts;
    expect([line.type, line.seriesBy, line.seriesCount]).toEqual(["Line", "Rows", 3]);
    expect(line.seriesLines).toEqual(["#1D70B8", "#912B88", "#F47738"]);
    expect(fake.stats.perSync.every((sync) => sync.failed === undefined)).toBe(true);
  });

  it("rebuilds a board report without stacking charts: clearSheet removes the old ones, a chart replaces its namesake", async () => {
    fake = installFakeExcel(ragMix());
    const rebuild = planOf(
      { kind: "ensureSheet", sheet: BOARD },
      { kind: "clearSheet", sheet: BOARD },
      {
        kind: "values",
        sheet: BOARD,
        topLeft: "B30",
        values: [
          ["Priority", "Red"],
          ["1 Leadership", 2],
        ],
      },
      {
        kind: "chart",
        sheet: BOARD,
        chart: chart({ source: "B30:C31", seriesColours: ["#D4351C"] }),
      },
      {
        kind: "chart",
        sheet: BOARD,
        chart: chart({
          source: "B30:C31",
          title: "Direction of travel",
          chartType: "columnClustered",
        }),
      }
    );
    await apply(rebuild);
    await apply(rebuild);
    expect(fake.sheet(BOARD).charts.map((c) => c.name)).toEqual([
      "RAG mix by priority",
      "Direction of travel",
    ]);
    await apply(
      planOf({
        kind: "chart",
        sheet: BOARD,
        chart: chart({ source: "B30:C31", title: "Direction of travel", chartType: "line" }),
      })
    );
    expect(fake.sheet(BOARD).charts.map((c) => [c.name, c.type])).toEqual([
      ["RAG mix by priority", "BarStacked"],
      ["Direction of travel", "Line"],
    ]);
  });

  it("adds a chart to a sheet the same plan creates", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Actions" }] });
    await apply(
      planOf(
        { kind: "ensureSheet", sheet: BOARD },
        {
          kind: "values",
          sheet: BOARD,
          topLeft: "A1",
          values: [
            ["Level", "Count"],
            ["Red", 2],
            ["Green", 5],
          ],
        },
        {
          kind: "chart",
          sheet: BOARD,
          chart: chart({ source: "A1:B3", seriesColours: undefined, altText: "" }),
        }
      )
    );
    expect(fake.sheet(BOARD).charts).toHaveLength(1);
  });
});

describe("conditional formats over several areas", () => {
  const rule = {
    kind: "formula" as const,
    formula: "=C37<C36",
    fill: "#D4351C",
    fontColour: "#FFFFFF",
  };
  const scattered: WriteOp = {
    kind: "conditionalFormat",
    sheet: BOARD,
    range: "C37,E37,G37",
    rule,
  };

  it("adds one rule over a RangeAreas on ExcelApi 1.9", async () => {
    fake = installFakeExcel(ragMix());
    await apply(planOf(scattered));
    const [cf] = fake.sheet(BOARD).conditionalFormats;
    expect(fake.sheet(BOARD).conditionalFormats).toHaveLength(1);
    expect(cf.formula).toBe("=C37<C36");
    expect(cf.areas.map((a) => a.left)).toEqual([2, 4, 6]);
    expect(fake.stats.calls["Worksheet.getRanges"]).toBe(1);
  });

  it("before ExcelApi 1.9 adds one rule per area, each formula moved to its own cell", async () => {
    fake = installFakeExcel(ragMix(), { apiVersion: "1.8" });
    await apply(planOf(scattered));
    expect(
      fake
        .sheet(BOARD)
        .conditionalFormats.map((cf) => cf.formula)
        .sort()
    ).toEqual(["=C37<C36", "=E37<E36", "=G37<G36"]);
    expect(fake.stats.calls["Worksheet.getRanges"]).toBeUndefined();
  });
});

describe("older Excel: skipped with a sentence, never called", () => {
  const layout = planOf(
    { kind: "cellFormats", sheet: BOARD, topLeft: "B30", formats: [[{ bold: true }]] },
    { kind: "columnWidths", sheet: BOARD, widths: [{ column: "B", width: 30 }] },
    { kind: "freezePanes", sheet: BOARD, rows: 30, columns: 0 },
    {
      kind: "pageSetup",
      sheet: BOARD,
      orientation: "landscape",
      fitToPagesWide: 1,
      printTitleRows: "1:4",
      footer: "&P of &N",
    },
    { kind: "chart", sheet: BOARD, chart: chart({ altText: "" }) }
  );

  it.each([
    [
      "1.1",
      2,
      ["Column widths", "were not frozen", "print setup"],
      /columnWidth|FreezePanes|PageLayout|HeaderFooter/,
    ],
    ["1.6", 3, ["were not frozen", "print setup"], /FreezePanes|PageLayout|HeaderFooter/],
    ["1.8", 4, ["print setup"], /PageLayout|HeaderFooter/],
    ["1.9", 5, [], /^$/],
  ])("on ExcelApi %s", async (version, opsApplied, skippedAbout, neverCalled) => {
    fake = installFakeExcel(ragMix(), { apiVersion: version });
    const report = await apply(layout);
    expect(report.opsApplied).toBe(opsApplied);
    expect(
      report.skipped?.map((sentence) => skippedAbout.find((about) => sentence.includes(about)))
    ).toEqual(skippedAbout);
    expect(
      report.skipped?.every(
        (sentence) => /\(ExcelApi 1\.\d\)/.test(sentence) && sentence.includes('"Board report"')
      )
    ).toBe(true);
    if (version !== "1.9")
      expect(Object.keys(fake.stats.calls).filter((call) => neverCalled.test(call))).toEqual([]);
    expect(fake.sheet(BOARD).charts).toHaveLength(1);
    expect(fake.cellFormat(BOARD, "B30")).toEqual({ bold: true });
  });

  it("words the skipped print setup plainly", async () => {
    fake = installFakeExcel(ragMix(), { apiVersion: "1.8" });
    const report = await apply(
      planOf({ kind: "pageSetup", sheet: BOARD, orientation: "portrait", fitToPagesWide: 1 })
    );
    expect(report.skipped).toEqual([
      'The print setup for "Board report" (A4, orientation, fit to page width, repeated header rows, footer) was not applied because this version of Excel does not support it (ExcelApi 1.9); set it under Page Layout before printing.',
    ]);
  });
});

describe("refusing a malformed layout before calling Excel", () => {
  it.each([
    [
      { kind: "columnWidths", sheet: BOARD, widths: [{ column: "B", width: 300 }] },
      'the width 300 for column "B" on "Board report" is not 0 to 255 characters',
    ],
    [
      { kind: "freezePanes", sheet: BOARD, rows: -1, columns: 0 },
      'the frozen panes on "Board report" are not whole numbers of rows and columns',
    ],
    [
      { kind: "pageSetup", sheet: BOARD, orientation: "landscape", fitToPagesWide: 0 },
      'the print setup for "Board report" fits to 0 pages wide, not 1 to 32,767',
    ],
    [
      {
        kind: "pageSetup",
        sheet: BOARD,
        orientation: "landscape",
        fitToPagesWide: 1,
        printTitleRows: "A1:D4",
      },
      'the print title rows "A1:D4" for "Board report" are not rows like 1:4',
    ],
    [
      { kind: "chart", sheet: BOARD, chart: chart({ source: "B30:B33" }) },
      'the chart "RAG mix by priority" on "Board report" draws from "B30:B33", which has no room for a header row and a category column',
    ],
    [
      { kind: "chart", sheet: BOARD, chart: chart({ seriesColours: ["red"] }) },
      'the chart "RAG mix by priority" on "Board report" has a series colour that is not like #D4351C',
    ],
    [
      { kind: "cellFormats", sheet: BOARD, topLeft: "B30", formats: [[{ fontColour: "white" }]] },
      "a cell format for 'Board report'!B30 has a colour or alignment Excel does not know",
    ],
    [
      {
        kind: "conditionalFormat",
        sheet: BOARD,
        range: "C37,E:E",
        rule: { kind: "formula", formula: "=TRUE", fill: "#D4351C" },
      },
      '"C37,E:E" is not a bounded range on "Board report"',
    ],
  ] as [WriteOp, string][])("%#: %s", async (op, problem) => {
    fake = installFakeExcel(ragMix());
    const result = await createExcelGateway(WRITES_ONLY).apply(planOf(op));
    expect(!result.ok && result.error.message).toBe(
      `Plan Tracker prepared a change it cannot write (${problem}), so nothing was written; please report this.`
    );
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("chunking: bytes decide the syncs, never the rows", () => {
  const column = (
    rows: number,
    format: (row: number) => CellFormat | null
  ): (CellFormat | null)[][] => Array.from({ length: rows }, (_, i) => [format(i)]);
  const rag = ["#FFFFFF", "#0B0C0C", "#FFFFFF"];

  it("writes 100,000 rows of per-cell text colours with no request over 4 MB", async () => {
    fake = installFakeExcel({ sheets: [{ name: "Actions" }] });
    const formats = Array.from({ length: 100_000 }, (_, i) => [
      { fontColour: rag[i % 3], bold: i % 2 === 0 },
      { wrap: true },
      null,
    ]);
    const result = await createExcelGateway(WRITES_ONLY).apply(
      planOf({ kind: "cellFormats", sheet: "Actions", topLeft: "A2", formats })
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(fake.stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    const writes = fake.stats.perSync.slice(1, -1);
    const bytes = writes.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(writes.length).toBe(Math.ceil(bytes / FOUR_MB));
    expect(writes.length).toBeGreaterThan(1);
    for (const i of [0, 49_999, 99_999])
      expect(fake.cellFormat("Actions", `A${i + 2}`)).toEqual({
        fontColour: rag[i % 3],
        bold: i % 2 === 0,
      });
  });

  it("before ExcelApi 1.9, a column of one format takes the same syncs for 1,000 rows as for 200,000", async () => {
    const syncsFor = async (rows: number) => {
      fake = installFakeExcel({ sheets: [{ name: "Actions" }] }, { apiVersion: "1.8" });
      const result = await createExcelGateway(WRITES_ONLY).apply(
        planOf({
          kind: "cellFormats",
          sheet: "Actions",
          topLeft: "F2",
          formats: column(rows, (i) => (i < 5 ? { bold: true } : { fontColour: "#FFFFFF" })),
        })
      );
      if (!result.ok) throw new Error(result.error.message);
      expect(fake.sheet("Actions").cellFormat(rows, 5)).toEqual({ fontColour: "#FFFFFF" });
      fake.uninstall();
      return result.value.syncs;
    };
    expect(await syncsFor(200_000)).toBe(await syncsFor(1_000));
  });
});
