import { FakeBag } from "./bag";
import { FakeCollection, type FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area } from "./grid";
import { intersects } from "./grid";
import type { StoredConditionalFormat, StoredSheet } from "./store";

export interface RangeCells {
  sheet: () => StoredSheet;
  area: () => Area;
  present: () => boolean;
  /** Every area, for a RangeAreas (ExcelApi 1.9); a Range has just `area`. */
  areas?: () => Area[];
}

const allAreas = (cells: RangeCells): Area[] => cells.areas?.() ?? [cells.area()];
const overlaps = (cf: StoredConditionalFormat, areas: Area[]): boolean => cf.areas.some((a) => areas.some((b) => intersects(a, b)));

/** Excel.ConditionalFormatType values (ExcelApi 1.6). */
export const CONDITIONAL_FORMAT_TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

const protectedSheet = (where: string) =>
  new FakeOfficeError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", where);

const colour = (value: unknown, where: string): string => {
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    throw new FakeOfficeError("InvalidArgument", `"${String(value)}" is not a colour.`, where);
  }
  return value.toUpperCase();
};

/** One ConditionalFormat proxy, found in the store by the id it was given when add() was queued. */
const conditionalFormat = (ctx: FakeContext, minApi: number, cells: RangeCells, id: number): FakeBag => {
  const stored = (): StoredConditionalFormat | undefined => cells.sheet().conditionalFormats.find((cf) => cf.id === id);
  const present = () => stored() !== undefined;
  const custom = (where: string): StoredConditionalFormat => {
    const cf = stored();
    if (!cf) throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.", where);
    if (cf.type !== "Custom") throw new FakeOfficeError("InvalidArgument", "This conditional format is not a custom one.", where);
    if (cells.sheet().protected) throw protectedSheet(where);
    return cf;
  };
  const paint = (key: "fill" | "fontColour", typeName: string) =>
    new FakeBag(ctx, {
      typeName,
      minApi,
      present,
      properties: {
        color: {
          get: () => stored()?.[key] ?? null,
          set: (value) => (custom(`${typeName}.color`)[key] = colour(value, `${typeName}.color`)),
        },
      },
    });
  const rule = new FakeBag(ctx, {
    typeName: "ConditionalFormatRule",
    minApi,
    present,
    properties: {
      formula: {
        get: () => stored()?.formula ?? null,
        set: (value) => {
          if (typeof value !== "string" || value.trim() === "") {
            throw new FakeOfficeError("InvalidArgument", "A conditional format rule needs a formula.", "ConditionalFormatRule.formula");
          }
          custom("ConditionalFormatRule.formula").formula = value;
        },
      },
    },
  });
  const format = new FakeBag(ctx, {
    typeName: "ConditionalRangeFormat",
    minApi,
    present,
    navigations: { fill: paint("fill", "ConditionalRangeFill"), font: paint("fontColour", "ConditionalRangeFont") },
  });
  return new FakeBag(ctx, {
    typeName: "ConditionalFormat",
    minApi,
    present,
    methods: {
      delete: {
        apply: () => {
          const sheet = cells.sheet();
          if (sheet.protected) throw protectedSheet("ConditionalFormat.delete");
          if (!stored()) throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.", "ConditionalFormat.delete");
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== id);
        },
      },
    },
    properties: {
      id: { get: () => (stored() ? String(id) : undefined) },
      type: { get: () => stored()?.type },
      priority: {
        get: () => stored()?.priority,
        set: (value) => {
          const cf = stored();
          if (cf && typeof value === "number") cf.priority = value;
        },
      },
    },
    navigations: { custom: new FakeBag(ctx, { typeName: "CustomConditionalFormat", minApi, present, navigations: { rule, format } }) },
  });
};

/** Range.conditionalFormats (ExcelApi 1.6): `items` are the rules that touch the range, highest priority first. */
export class FakeConditionalFormatCollection extends FakeCollection<FakeBag> {
  protected readonly typeName = "ConditionalFormatCollection";
  private readonly cells: RangeCells;

  constructor(ctx: FakeContext, minApi: number, cells: RangeCells) {
    super(ctx, minApi);
    this.cells = cells;
  }

  protected override present(): boolean {
    return this.cells.present();
  }

  protected currentItems(): FakeBag[] {
    const areas = allAreas(this.cells);
    return this.cells
      .sheet()
      .conditionalFormats.filter((cf) => overlaps(cf, areas))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => conditionalFormat(this.ctx, this.minApi, this.cells, cf.id));
  }

  add(type: unknown): FakeBag {
    const id = this.ctx.host.store.newId();
    this.ctx.enqueueProxy("ConditionalFormatCollection.add", this.minApi, () => {
      if (!this.cells.present()) throw new FakeOfficeError("ItemNotFound", "The range does not exist.", "ConditionalFormatCollection.add");
      if (typeof type !== "string" || !CONDITIONAL_FORMAT_TYPES.includes(type)) {
        throw new FakeOfficeError("InvalidArgument", `"${String(type)}" is not a conditional format type.`, "ConditionalFormatCollection.add");
      }
      const sheet = this.cells.sheet();
      if (sheet.protected) throw protectedSheet("ConditionalFormatCollection.add");
      // A new rule takes the top priority (0), pushing the others down, as in Excel.
      sheet.conditionalFormats.forEach((cf) => (cf.priority += 1));
      const areas = allAreas(this.cells);
      sheet.conditionalFormats.push({ id, area: areas[0], areas, type, formula: null, fill: null, fontColour: null, priority: 0 });
    });
    return conditionalFormat(this.ctx, this.minApi, this.cells, id);
  }

  clearAll(): void {
    this.queueWrite("clearAll", this.minApi, null, () => {
      const sheet = this.cells.sheet();
      if (sheet.protected) throw protectedSheet("ConditionalFormatCollection.clearAll");
      const areas = allAreas(this.cells);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf, areas));
    });
  }

  getCount(): FakeClientResult<number> {
    return this.queueResult("getCount", this.minApi, null, () => {
      const areas = allAreas(this.cells);
      return this.cells.sheet().conditionalFormats.filter((cf) => overlaps(cf, areas)).length;
    });
  }
}

export const conditionalFormatCollection = (ctx: FakeContext, minApi: number, cells: RangeCells): FakeConditionalFormatCollection =>
  new FakeConditionalFormatCollection(ctx, minApi, cells);
