import { FakeBag } from "./bag";
import { FakeCollection, type FakeClientResult } from "./client-object";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area } from "./grid";
import { intersects, sheetAddress } from "./grid";
import type { StoredConditionalFormat, StoredSheet } from "./store";

export interface RangeCells {
  sheet: () => StoredSheet;
  area: () => Area;
  present: () => boolean;
  /** Every area, for a RangeAreas (ExcelApi 1.9); a Range has just `area`. */
  areas?: () => Area[];
}

const allAreas = (cells: RangeCells): Area[] => cells.areas?.() ?? [cells.area()];
const overlaps = (cf: StoredConditionalFormat, areas: Area[]): boolean =>
  cf.areas.some((a) => areas.some((b) => intersects(a, b)));

/** Excel.ConditionalFormatType values (ExcelApi 1.6). */
export const CONDITIONAL_FORMAT_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

const protectedSheet = (where: string) =>
  new FakeOfficeError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet.",
    where
  );

const colour = (value: unknown, where: string): string => {
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    throw new FakeOfficeError("InvalidArgument", `"${String(value)}" is not a colour.`, where);
  }
  return value.toUpperCase();
};

/** Move a rule to `priority` (0 is first) in its sheet's order; every rule's number is its place, 0 to n-1. */
const reprioritise = (sheet: StoredSheet, cf: StoredConditionalFormat, priority: number): void => {
  const others = [...sheet.conditionalFormats]
    .filter((other) => other !== cf)
    .sort((a, b) => a.priority - b.priority);
  others.splice(Math.max(0, Math.min(others.length, Math.floor(priority))), 0, cf);
  others.forEach((rule, place) => (rule.priority = place));
};

/** One ConditionalFormat proxy, found in the store by the id it was given when add() was queued. */
const conditionalFormat = (
  ctx: FakeContext,
  minApi: number,
  cells: RangeCells,
  id: number
): FakeBag => {
  const stored = (): StoredConditionalFormat | undefined =>
    cells.sheet().conditionalFormats.find((cf) => cf.id === id);
  const present = () => stored() !== undefined;
  const custom = (where: string): StoredConditionalFormat => {
    const cf = stored();
    if (!cf)
      throw new FakeOfficeError("ItemNotFound", "The conditional format does not exist.", where);
    if (cf.type !== "Custom")
      throw new FakeOfficeError(
        "InvalidArgument",
        "This conditional format is not a custom one.",
        where
      );
    if (cells.sheet().protected) throw protectedSheet(where);
    return cf;
  };
  // Excel refuses to read `custom` of a rule of another type (the fake too, so code must check the
  // type first); customOrNullObject reads as a null object there instead.
  const strict = () => {
    const cf = stored();
    if (cf !== undefined && cf.type !== "Custom")
      throw new FakeOfficeError(
        "InvalidArgument",
        "This conditional format is not a custom one.",
        "ConditionalFormat.custom"
      );
    return cf !== undefined;
  };
  const customFormat = (exists: () => boolean) => {
    const paint = (key: "fill" | "fontColour", typeName: string) =>
      new FakeBag(ctx, {
        typeName,
        minApi,
        present: exists,
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
      present: exists,
      properties: {
        formula: {
          get: () => stored()?.formula ?? null,
          set: (value) => {
            if (typeof value !== "string" || value.trim() === "") {
              throw new FakeOfficeError(
                "InvalidArgument",
                "A conditional format rule needs a formula.",
                "ConditionalFormatRule.formula"
              );
            }
            custom("ConditionalFormatRule.formula").formula = value;
          },
        },
      },
    });
    const format = new FakeBag(ctx, {
      typeName: "ConditionalRangeFormat",
      minApi,
      present: exists,
      navigations: {
        fill: paint("fill", "ConditionalRangeFill"),
        font: paint("fontColour", "ConditionalRangeFont"),
      },
    });
    return {
      typeName: "CustomConditionalFormat",
      minApi,
      present: exists,
      navigations: { rule, format },
    };
  };
  const isCustom = () => stored()?.type === "Custom";
  const bag = new FakeBag(ctx, {
    typeName: "ConditionalFormat",
    minApi,
    present,
    methods: {
      delete: {
        apply: () => {
          const sheet = cells.sheet();
          if (sheet.protected) throw protectedSheet("ConditionalFormat.delete");
          if (!stored())
            throw new FakeOfficeError(
              "ItemNotFound",
              "The conditional format does not exist.",
              "ConditionalFormat.delete"
            );
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== id);
        },
      },
    },
    properties: {
      id: { get: () => (stored() ? String(id) : undefined) },
      type: { get: () => stored()?.type },
      priority: {
        get: () => stored()?.priority,
        // As in Excel, the rule moves to that place in the sheet's order and the others renumber.
        set: (value) => {
          const cf = stored();
          if (cf && typeof value === "number") reprioritise(cells.sheet(), cf, value);
        },
      },
    },
    navigations: {
      custom: new FakeBag(ctx, customFormat(strict)),
      customOrNullObject: new NullableCustom(ctx, customFormat(present), isCustom),
    },
  });
  const address = (): string => {
    const cf = stored();
    if (!cf)
      throw new FakeOfficeError(
        "ItemNotFound",
        "The conditional format does not exist.",
        "ConditionalFormat.getRanges"
      );
    return cf.areas.map((area) => sheetAddress(cells.sheet().name, area)).join(",");
  };
  // getRanges (ExcelApi 1.9): every area the rule applies to, as one RangeAreas ("Sheet1!C5,Sheet1!E5").
  Object.defineProperty(bag, "getRanges", {
    value: () => {
      ctx.enqueueProxy("ConditionalFormat.getRanges", Math.max(minApi, 9), () => void address());
      return new FakeBag(ctx, {
        typeName: "RangeAreas",
        minApi: Math.max(minApi, 9),
        present,
        properties: { address: { get: address } },
      });
    },
  });
  // getRangeOrNullObject (ExcelApi 1.6): the range, or a null object when the rule has several areas.
  Object.defineProperty(bag, "getRangeOrNullObject", {
    value: () => {
      const single = () => present() && (stored()?.areas.length ?? 0) === 1;
      const range = new FakeBag(ctx, {
        typeName: "Range",
        minApi,
        present: single,
        properties: { address: { get: address } },
      });
      range.resolveNullAtSyncFor("ConditionalFormat.getRangeOrNullObject");
      return range;
    },
  });
  return bag;
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
      if (!this.cells.present())
        throw new FakeOfficeError(
          "ItemNotFound",
          "The range does not exist.",
          "ConditionalFormatCollection.add"
        );
      if (typeof type !== "string" || !CONDITIONAL_FORMAT_TYPES.includes(type)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `"${String(type)}" is not a conditional format type.`,
          "ConditionalFormatCollection.add"
        );
      }
      const sheet = this.cells.sheet();
      if (sheet.protected) throw protectedSheet("ConditionalFormatCollection.add");
      // A new rule takes the top priority (0), pushing the others down, as in Excel.
      sheet.conditionalFormats.forEach((cf) => (cf.priority += 1));
      const areas = allAreas(this.cells);
      sheet.conditionalFormats.push({
        id,
        area: areas[0],
        areas,
        type,
        formula: null,
        fill: null,
        fontColour: null,
        priority: 0,
      });
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

export const conditionalFormatCollection = (
  ctx: FakeContext,
  minApi: number,
  cells: RangeCells
): FakeConditionalFormatCollection => new FakeConditionalFormatCollection(ctx, minApi, cells);

/** customOrNullObject: the same properties on a custom rule, a null object (isNullObject) on any other. */
class NullableCustom extends FakeBag {
  private readonly isCustom: () => boolean;

  constructor(
    ctx: FakeContext,
    shape: ConstructorParameters<typeof FakeBag>[1],
    isCustom: () => boolean
  ) {
    super(ctx, shape);
    this.isCustom = isCustom;
    this.nullState = undefined;
  }

  override evaluate(tree: Parameters<FakeBag["evaluate"]>[0]): ReturnType<FakeBag["evaluate"]> {
    if (!this.isCustom()) return { response: {}, commit: () => (this.nullState = true) };
    const inner = super.evaluate(tree);
    return {
      response: inner.response,
      commit: () => {
        inner.commit();
        this.nullState = false;
      },
    };
  }
}
