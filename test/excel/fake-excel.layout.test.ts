/** @jest-environment node */
import { installFakeExcel, type FakeExcel } from "./fake-excel";

const rejectionCode = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "not an Office error";
  }
  return "none";
};

const sheets = {
  sheets: [
    {
      name: "Report",
      values: [
        ["Level", "Count"],
        ["Red", 2],
        ["Green", 5],
      ],
    },
    {
      name: "Locked",
      protected: true,
      values: [
        ["x", 1],
        ["y", 2],
      ],
    },
  ],
};

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

describe("the fake's layout and chart APIs are gated by requirement set", () => {
  it.each([
    ["1.1", (s: Excel.Worksheet) => (s.getRange("A:A").format.columnWidth = 60), "1.2"],
    ["1.6", (s: Excel.Worksheet) => s.freezePanes.freezeRows(1), "1.7"],
    ["1.8", (s: Excel.Worksheet) => (s.pageLayout.orientation = "Landscape"), "1.9"],
    [
      "1.8",
      (s: Excel.Worksheet) =>
        s.getRanges("A1, B2").conditionalFormats.add(Excel.ConditionalFormatType.custom),
      "1.9",
    ],
    [
      "1.8",
      (s: Excel.Worksheet) =>
        s.getRange("A1").setCellProperties([[{ format: { font: { bold: true } } }]]),
      "1.9",
    ],
  ])(
    "on ExcelApi %s, fails the sync with ApiNotFound for an API of %#",
    async (version, call, needed) => {
      fake = installFakeExcel(sheets, { apiVersion: version });
      const code = await rejectionCode(
        Excel.run(async (context) => {
          call(context.workbook.worksheets.getItem("Report"));
          await context.sync();
        })
      );
      expect(code).toBe("ApiNotFound");
      fake.setApiVersion(needed);
      await Excel.run(async (context) => {
        call(context.workbook.worksheets.getItem("Report"));
        await context.sync();
      });
    }
  );
});

describe("charts in the fake", () => {
  it("queues a chart until sync, then reads its name and type after load", async () => {
    fake = installFakeExcel(sheets);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.name = "Counts";
      expect(fake.sheet("Report").charts).toHaveLength(0);
      chart.load("name, chartType");
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([chart.name, chart.chartType]).toEqual(["Counts", "ColumnClustered"]);
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Counts"]);
    });
  });

  it("fails for a series that does not exist, a chart type it does not know, and a protected sheet", async () => {
    fake = installFakeExcel(sheets);
    const attempt = (build: (context: Excel.RequestContext) => void) =>
      rejectionCode(
        Excel.run(async (context) => {
          build(context);
          await context.sync();
        })
      );
    expect(
      await attempt((context) => {
        const sheet = context.workbook.worksheets.getItem("Report");
        sheet.charts
          .add("BarStacked", sheet.getRange("A1:B3"), "Columns")
          .series.getItemAt(1)
          .format.fill.setSolidColor("#D4351C");
      })
    ).toBe("ItemNotFound");
    expect(
      await attempt((context) => {
        const sheet = context.workbook.worksheets.getItem("Report");
        sheet.charts.add("Sparkline" as Excel.ChartType, sheet.getRange("A1:B3"));
      })
    ).toBe("InvalidArgument");
    expect(
      await attempt((context) => {
        const sheet = context.workbook.worksheets.getItem("Locked");
        sheet.charts.add("Line", sheet.getRange("A1:B2"), "Columns");
      })
    ).toBe("AccessDenied");
  });

  it("records a chart's position as the cells it covers", async () => {
    fake = installFakeExcel(sheets);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.charts.add("Line", sheet.getRange("A1:B3"), "Columns").setPosition("D2", "J18");
      await context.sync();
    });
    expect(fake.sheet("Report").charts[0]).toMatchObject({
      topLeft: "D2",
      bottomRight: "J18",
      seriesCount: 1,
    });
  });
});

describe("page layout and freeze panes in the fake", () => {
  it("refuses print titles that are not whole rows, and a zoom mixing scale with fit to pages", async () => {
    fake = installFakeExcel(sheets);
    const attempt = (build: (layout: Excel.PageLayout) => void) =>
      rejectionCode(
        Excel.run(async (context) => {
          build(context.workbook.worksheets.getItem("Report").pageLayout);
          await context.sync();
        })
      );
    expect(await attempt((layout) => layout.setPrintTitleRows("A1:C4"))).toBe("InvalidArgument");
    expect(await attempt((layout) => (layout.zoom = { scale: 90, horizontalFitToPages: 1 }))).toBe(
      "InvalidArgument"
    );
    expect(await attempt((layout) => layout.setPrintTitleRows("$1:$3"))).toBe("none");
    expect(fake.sheet("Report").pageLayout.printTitleRows).toBe("$1:$3");
  });

  it("reads format properties back, null where the cells differ", async () => {
    fake = installFakeExcel(sheets);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1").format.font.bold = true;
      const one = sheet.getRange("A1").format.font.load("bold");
      const both = sheet.getRange("A1:B1").format.font.load("bold");
      const width = sheet.getRange("C:C").format.load("columnWidth");
      await context.sync();
      expect([one.bold, both.bold, width.columnWidth]).toEqual([true, null, 48]);
    });
  });
});
