import { FakeBag } from "./bag";
import { FakeClientObject, FakeCollection, type FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area } from "./grid";
import { areaFromIndexes, parseArea, wholeSheet } from "./grid";
import { FakeChartCollection } from "./charts";
import { FakeChangeEvents } from "./events";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import { freezePanes, horizontalPageBreaks, pageLayout } from "./sheet-layout";
import { StoredSheet, type Visibility } from "./store";

const notFound = (what: string, where: string) =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, where);

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

/** Excel.Worksheet. `locate` finds the stored sheet at sync time; a missing one is ItemNotFound or a null object. */
export class FakeWorksheet extends FakeClientObject {
  protected readonly typeName = "Worksheet";
  private readonly locate: () => StoredSheet | undefined;
  private readonly orNull: boolean;
  readonly protection: FakeBag;
  readonly freezePanes: FakeBag;
  readonly pageLayout: FakeBag;
  readonly horizontalPageBreaks: FakeBag;
  readonly charts: FakeChartCollection;

  constructor(
    ctx: FakeContext,
    minApi: number,
    locate: () => StoredSheet | undefined,
    orNull: boolean
  ) {
    super(ctx, minApi);
    this.locate = locate;
    this.orNull = orNull;
    this.protection = new FakeBag(ctx, {
      typeName: "WorksheetProtection",
      minApi: Math.max(minApi, 2),
      present: () => this.present(),
      properties: { protected: { get: () => this.sheet().protected } },
    });
    const sheet = () => this.sheet();
    const present = () => this.present();
    this.freezePanes = freezePanes(ctx, minApi, sheet, present);
    this.pageLayout = pageLayout(ctx, minApi, sheet, present);
    this.horizontalPageBreaks = horizontalPageBreaks(ctx, minApi, sheet, present);
    this.charts = new FakeChartCollection(ctx, minApi, sheet);
  }

  sheet(): StoredSheet {
    const sheet = this.locate();
    if (!sheet) throw notFound("worksheet", "Worksheet");
    return sheet;
  }

  protected present(): boolean {
    if (this.locate()) return true;
    if (this.orNull) return false;
    throw notFound("worksheet", "Worksheet");
  }

  protected scalarNames(): string[] {
    return ["name", "visibility", "position", "id"];
  }

  protected scalar(name: string): unknown {
    const sheet = this.sheet();
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.ctx.host.store.sheets.indexOf(sheet);
    return `{SHEET-${sheet.name}}`;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "protection") return this.protection;
    if (name === "charts") return this.charts;
    return undefined;
  }

  get name(): string {
    return this.read("name") as string;
  }
  get visibility(): Visibility {
    return this.read("visibility") as Visibility;
  }
  set visibility(value: unknown) {
    this.queueWrite("visibility=", 1, value, () => {
      if (typeof value !== "string" || !VISIBILITIES.includes(value as Visibility)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `"${String(value)}" is not a sheet visibility.`,
          "Worksheet.visibility"
        );
      }
      this.sheet().visibility = value as Visibility;
    });
  }
  get position(): number {
    return this.read("position") as number;
  }
  get id(): string {
    return this.read("id") as string;
  }

  /** A range proxy; its address is checked at sync (an invalid one is InvalidArgument, like Excel). */
  private range(label: string, minApi: number, area: () => Area | null): FakeRange {
    const range = new FakeRange(this.ctx, Math.max(this.minApi, minApi), {
      sheet: () => this.sheet(),
      area,
    });
    this.ctx.enqueueProxy(`Worksheet.${label}`, Math.max(this.minApi, minApi), () => {
      this.sheet();
      area();
    });
    return range;
  }

  getRange(address?: string): FakeRange {
    if (address === undefined || address === "") return this.range("getRange", 1, wholeSheet);
    let parsed: Area | FakeOfficeError;
    try {
      parsed = parseArea(address);
    } catch (error) {
      parsed =
        error instanceof FakeOfficeError
          ? error
          : new FakeOfficeError("InvalidArgument", String(error));
    }
    return this.range("getRange", 1, () => {
      if (parsed instanceof FakeOfficeError) throw parsed;
      return parsed;
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.range("getRangeByIndexes", 7, () => areaFromIndexes(row, column, rows, columns));
  }

  /** ExcelApi 1.9: several areas ("C37, E37") as one RangeAreas; the address is checked at sync. */
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.ctx,
      Math.max(this.minApi, 9),
      () => this.sheet(),
      address
    );
    this.ctx.enqueueProxy("Worksheet.getRanges", Math.max(this.minApi, 9), () => {
      this.sheet();
      areas.areas();
    });
    return areas;
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", 1, () => areaFromIndexes(row, column, 1, 1));
  }

  /** A blank sheet's used range is A1 (it does not throw); valuesOnly needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range(
      "getUsedRange",
      valuesOnly === undefined ? 1 : 2,
      () => this.sheet().usedArea(valuesOnly === true) ?? areaFromIndexes(0, 0, 1, 1)
    );
  }

  /** ExcelApi 1.4: a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, Math.max(this.minApi, 4), {
      sheet: () => this.sheet(),
      area: () => this.sheet().usedArea(valuesOnly === true),
    });
    range.resolveNullAtSyncFor("Worksheet.getUsedRangeOrNullObject");
    return range;
  }

  activate(): void {
    this.queueWrite("activate", 1, null, () => {
      this.ctx.host.store.activeSheet = this.sheet().name;
    });
  }
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ]. */
const checkSheetName = (name: string): void => {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `"${name}" is not a valid sheet name.`,
      "WorksheetCollection.add"
    );
  }
};

/** workbook.worksheets. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly typeName = "WorksheetCollection";
  /** ExcelApi 1.7: changes to any sheet's cells (events.ts). */
  readonly onChanged: FakeChangeEvents;

  constructor(ctx: FakeContext, minApi: number) {
    super(ctx, minApi);
    this.onChanged = new FakeChangeEvents(ctx);
  }

  protected currentItems(): FakeWorksheet[] {
    const store = this.ctx.host.store;
    return store.sheets.map(
      (sheet) =>
        new FakeWorksheet(
          this.ctx,
          this.minApi,
          () => (store.sheets.includes(sheet) ? sheet : undefined),
          false
        )
    );
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.ctx,
      this.minApi,
      () => this.ctx.host.store.sheet(name),
      false
    );
    this.ctx.enqueueProxy("WorksheetCollection.getItem", this.minApi, () => {
      if (!this.ctx.host.store.sheet(name))
        throw notFound(`worksheet "${name}"`, "WorksheetCollection.getItem");
    });
    return sheet;
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(
      this.ctx,
      Math.max(this.minApi, 4),
      () => this.ctx.host.store.sheet(name),
      true
    );
    sheet.resolveNullAtSyncFor("WorksheetCollection.getItemOrNullObject");
    return sheet;
  }

  add(name?: string): FakeWorksheet {
    const store = this.ctx.host.store;
    const wanted = name ?? `Sheet${store.sheets.length + 1}`;
    this.ctx.enqueueProxy("WorksheetCollection.add", this.minApi, () => {
      checkSheetName(wanted);
      if (store.sheet(wanted)) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A sheet named "${wanted}" already exists.`,
          "WorksheetCollection.add"
        );
      }
      store.sheets.push(new StoredSheet(wanted));
    });
    return new FakeWorksheet(this.ctx, this.minApi, () => store.sheet(wanted), false);
  }

  getActiveWorksheet(): FakeWorksheet {
    const store = this.ctx.host.store;
    this.ctx.enqueueProxy("WorksheetCollection.getActiveWorksheet", this.minApi, () => undefined);
    return new FakeWorksheet(
      this.ctx,
      this.minApi,
      () => (store.activeSheet === null ? undefined : store.sheet(store.activeSheet)),
      false
    );
  }

  getCount(): FakeClientResult<number> {
    return this.queueResult("getCount", 4, null, () => this.ctx.host.store.sheets.length);
  }
}
