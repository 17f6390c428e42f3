import { FakeBag } from "./bag";
import { FakeClientObject, FakeCollection, type FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { areaColumns, areaRows, formatArea, parseArea, type Area } from "./grid";
import { FakeRange } from "./range";
import { isColour } from "./range-format";
import type { StoredChart, StoredSheet } from "./store";

/**
 * Worksheet.charts and Chart (ExcelApi 1.1; getItemOrNullObject and getCount 1.4): add from a range,
 * name, title, position between two cells, series colours, delete. Every call queues until sync and
 * the result is recorded on the stored sheet, so tests read back what a chart was given.
 */
const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineStacked",
  "LineStacked100",
  "LineMarkers",
  "LineMarkersStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
];
const SERIES_BY = ["Auto", "Columns", "Rows"];

const notFound = (what: string, where: string) =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, where);
const invalid = (message: string, where: string) =>
  new FakeOfficeError("InvalidArgument", message, where);
const protectedSheet = (where: string) =>
  new FakeOfficeError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet.",
    where
  );

/** A cell given as an address or a Range proxy, resolved at sync. */
const cellArea = (cell: unknown, where: string): Area => {
  if (cell instanceof FakeRange) return cell.cells().area();
  if (typeof cell === "string") return parseArea(cell);
  throw invalid("A chart position needs a cell address or a Range.", where);
};

/** How many series Excel makes: one per column after the category column, or per row after the header row. */
const seriesIn = (area: Area, seriesBy: string): number => {
  const byColumns =
    seriesBy === "Columns" || (seriesBy === "Auto" && areaRows(area) >= areaColumns(area));
  return Math.max(byColumns ? areaColumns(area) - 1 : areaRows(area) - 1, 1);
};

/** One chart proxy, found in the stored sheet by the id it was given when add() was queued. */
export class FakeChart extends FakeClientObject {
  protected readonly typeName = "Chart";
  private readonly sheet: () => StoredSheet;
  private readonly locate: () => StoredChart | undefined;
  private readonly orNull: boolean;
  readonly title: FakeBag;
  readonly series: FakeBag;

  constructor(
    ctx: FakeContext,
    minApi: number,
    sheet: () => StoredSheet,
    locate: () => StoredChart | undefined,
    orNull = false
  ) {
    super(ctx, minApi);
    this.sheet = sheet;
    this.locate = locate;
    this.orNull = orNull;
    const present = () => this.present();
    this.title = new FakeBag(ctx, {
      typeName: "ChartTitle",
      minApi,
      present,
      properties: {
        text: {
          get: () => this.stored().title,
          set: (value) => {
            if (typeof value !== "string")
              throw invalid("A chart title must be text.", "ChartTitle.text");
            this.stored().title = value;
          },
        },
      },
    });
    this.series = new FakeBag(ctx, {
      typeName: "ChartSeriesCollection",
      minApi,
      present,
      properties: { count: { get: () => this.stored().seriesCount } },
    });
    Object.defineProperty(this.series, "getItemAt", {
      value: (index: unknown) => this.seriesAt(index),
    });
  }

  stored(): StoredChart {
    const chart = this.locate();
    if (!chart) throw notFound("chart", "Chart");
    return chart;
  }

  protected present(): boolean {
    if (this.locate()) return true;
    if (this.orNull) return false;
    throw notFound("chart", "Chart");
  }

  protected scalarNames(): string[] {
    return ["name", "id", "chartType"];
  }

  protected scalar(name: string): unknown {
    const chart = this.stored();
    if (name === "name") return chart.name;
    if (name === "id") return `{CHART-${chart.id}}`;
    return chart.type;
  }

  get name(): string {
    return this.read("name") as string;
  }
  set name(value: unknown) {
    this.queueWrite("name=", 1, value, () => {
      if (typeof value !== "string" || value.trim() === "")
        throw invalid("A chart name must be text.", "Chart.name");
      this.stored().name = value;
    });
  }
  get chartType(): string {
    return this.read("chartType") as string;
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this.queueWrite("setPosition", 1, [String(startCell), String(endCell)], () => {
      const start = cellArea(startCell, "Chart.setPosition");
      const end = endCell === undefined ? start : cellArea(endCell, "Chart.setPosition");
      const chart = this.stored();
      chart.topLeft = formatArea({ ...start, bottom: start.top, right: start.left });
      chart.bottomRight = formatArea({ ...end, top: end.bottom, left: end.right });
    });
  }

  delete(): void {
    this.queueWrite("delete", 1, null, () => {
      const sheet = this.sheet();
      if (sheet.protected) throw protectedSheet("Chart.delete");
      const chart = this.stored();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  /** ChartSeriesCollection.getItemAt: a series that must exist at sync (ItemNotFound past the last). */
  private seriesAt(index: unknown): FakeBag {
    const at = typeof index === "number" && Number.isInteger(index) ? index : -1;
    this.ctx.enqueueProxy("ChartSeriesCollection.getItemAt", this.minApi, () => {
      if (at < 0 || at >= this.stored().seriesCount)
        throw notFound(`series ${String(index)}`, "ChartSeriesCollection.getItemAt");
    });
    const present = () => this.present() && at >= 0 && at < this.stored().seriesCount;
    const fill = new FakeBag(this.ctx, {
      typeName: "ChartFill",
      minApi: this.minApi,
      present,
      methods: {
        setSolidColor: {
          apply: (colour) => {
            if (!isColour(colour))
              throw invalid(`"${String(colour)}" is not a colour.`, "ChartFill.setSolidColor");
            this.stored().seriesFills[at] = colour.toUpperCase();
          },
        },
        clear: { apply: () => (this.stored().seriesFills[at] = null) },
      },
    });
    const line = new FakeBag(this.ctx, {
      typeName: "ChartLineFormat",
      minApi: this.minApi,
      present,
      properties: {
        color: {
          get: () => this.stored().seriesLines[at] ?? null,
          set: (colour) => {
            if (!isColour(colour))
              throw invalid(`"${String(colour)}" is not a colour.`, "ChartLineFormat.color");
            this.stored().seriesLines[at] = colour.toUpperCase();
          },
        },
      },
    });
    const format = new FakeBag(this.ctx, {
      typeName: "ChartSeriesFormat",
      minApi: this.minApi,
      present,
      navigations: { fill, line },
    });
    return new FakeBag(this.ctx, {
      typeName: "ChartSeries",
      minApi: this.minApi,
      present,
      navigations: { format },
    });
  }
}

/** Worksheet.charts. */
export class FakeChartCollection extends FakeCollection<FakeChart> {
  protected readonly typeName = "ChartCollection";
  private readonly sheet: () => StoredSheet;

  constructor(ctx: FakeContext, minApi: number, sheet: () => StoredSheet) {
    super(ctx, minApi);
    this.sheet = sheet;
  }

  protected currentItems(): FakeChart[] {
    return this.sheet().charts.map(
      (chart) => new FakeChart(this.ctx, this.minApi, this.sheet, this.byId(chart.id))
    );
  }

  private byId(id: number): () => StoredChart | undefined {
    return () => this.sheet().charts.find((chart) => chart.id === id);
  }

  add(type: unknown, sourceData: unknown, seriesBy: unknown = "Auto"): FakeChart {
    const store = this.ctx.host.store;
    const id = store.newId();
    this.ctx.enqueueProxy("ChartCollection.add", this.minApi, () => {
      const where = "ChartCollection.add";
      if (typeof type !== "string" || !CHART_TYPES.includes(type))
        throw invalid(`"${String(type)}" is not a chart type the fake knows.`, where);
      if (typeof seriesBy !== "string" || !SERIES_BY.includes(seriesBy))
        throw invalid(`"${String(seriesBy)}" is not a ChartSeriesBy value.`, where);
      if (!(sourceData instanceof FakeRange))
        throw invalid("A chart's source data must be a Range.", where);
      const sheet = this.sheet();
      if (sheet.protected) throw protectedSheet(where);
      const source = sourceData.cells().area();
      if (source.unbounded)
        throw new FakeOfficeError(
          "NotImplemented",
          "The fake draws charts from bounded ranges only.",
          where
        );
      const seriesCount = seriesIn(source, seriesBy);
      sheet.charts.push({
        id,
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source,
        seriesBy,
        title: "",
        topLeft: null,
        bottomRight: null,
        seriesCount,
        seriesFills: Array.from({ length: seriesCount }, () => null),
        seriesLines: Array.from({ length: seriesCount }, () => null),
      });
    });
    return new FakeChart(this.ctx, this.minApi, this.sheet, this.byId(id));
  }

  getItem(name: string): FakeChart {
    const find = () => this.sheet().charts.find((chart) => chart.name === name);
    this.ctx.enqueueProxy("ChartCollection.getItem", this.minApi, () => {
      if (!find()) throw notFound(`chart "${name}"`, "ChartCollection.getItem");
    });
    return new FakeChart(this.ctx, this.minApi, this.sheet, find);
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeChart {
    const chart = new FakeChart(
      this.ctx,
      Math.max(this.minApi, 4),
      this.sheet,
      () => this.sheet().charts.find((c) => c.name === name),
      true
    );
    chart.resolveNullAtSyncFor("ChartCollection.getItemOrNullObject");
    return chart;
  }

  getCount(): FakeClientResult<number> {
    return this.queueResult("getCount", 4, null, () => this.sheet().charts.length);
  }
}
