import { FakeClientObject } from "./client-object";
import {
  conditionalFormatCollection,
  type FakeConditionalFormatCollection,
} from "./conditional-formats";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { areaCells, parseArea, sheetAddress, type Area } from "./grid";
import type { StoredSheet } from "./store";

/**
 * Worksheet.getRanges("C37, E37") (ExcelApi 1.9): several areas as one object. Only what Plan
 * Tracker uses is modelled: its address, area count and a conditional format over all the areas.
 */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly typeName = "RangeAreas";
  private readonly sheet: () => StoredSheet;
  private readonly parsed: Area[] | FakeOfficeError;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(ctx: FakeContext, minApi: number, sheet: () => StoredSheet, address: string) {
    super(ctx, minApi);
    this.sheet = sheet;
    try {
      this.parsed = address.split(/[,;]/).map((part) => parseArea(part.trim()));
    } catch (error) {
      this.parsed =
        error instanceof FakeOfficeError
          ? error
          : new FakeOfficeError("InvalidArgument", String(error));
    }
    const areas = () => this.areas();
    this.conditionalFormats = conditionalFormatCollection(ctx, minApi, {
      sheet,
      area: () => areas()[0],
      areas,
      present: () => this.present(),
    });
  }

  areas(): Area[] {
    if (this.parsed instanceof FakeOfficeError) throw this.parsed;
    return this.parsed;
  }

  protected present(): boolean {
    this.sheet();
    return true;
  }

  protected scalarNames(): string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected scalar(name: string): unknown {
    const areas = this.areas();
    if (name === "address")
      return areas.map((area) => sheetAddress(this.sheet().name, area)).join(",");
    if (name === "areaCount") return areas.length;
    return areas.reduce((sum, area) => sum + areaCells(area), 0);
  }

  get address(): string {
    return this.read("address") as string;
  }
  get areaCount(): number {
    return this.read("areaCount") as number;
  }
}
