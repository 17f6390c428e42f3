import { FakeBag } from "./bag";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { Area } from "./grid";
import type { StoredCellFormat, StoredSheet } from "./store";

/** What a RangeFormat needs of its range, at sync time. */
export interface FormatCells {
  present: () => boolean;
  sheet: () => StoredSheet;
  /** The range's area, possibly unbounded (whole columns); throws ItemNotFound for a null range. */
  area: () => Area;
}

const invalid = (message: string, where: string) =>
  new FakeOfficeError("InvalidArgument", message, where);

export const isColour = (value: unknown): value is string =>
  typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value);

/** Excel.HorizontalAlignment and Excel.VerticalAlignment values. */
export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];
export const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
  "DiagonalDown",
  "DiagonalUp",
];

export const oneOf = (allowed: string[], value: unknown, where: string): string => {
  if (typeof value !== "string" || !allowed.includes(value))
    throw invalid(`"${String(value)}" is not one of ${allowed.join(", ")}.`, where);
  return value;
};

const flag = (value: unknown, where: string): boolean => {
  if (typeof value !== "boolean") throw invalid(`"${String(value)}" is not true or false.`, where);
  return value;
};

type Side = "top" | "bottom" | "left" | "right";

/** Which stored sides of a cell an Excel border index touches (shared edges are stored on both cells). */
const sidesOf = (edge: string, r: number, c: number, area: Area): Side[] => {
  const sides: Side[] = [];
  const topRow = r === area.top;
  const bottomRow = r === area.bottom;
  const leftColumn = c === area.left;
  const rightColumn = c === area.right;
  if (edge === "EdgeTop" && topRow) sides.push("top");
  if (edge === "EdgeBottom" && bottomRow) sides.push("bottom");
  if (edge === "EdgeLeft" && leftColumn) sides.push("left");
  if (edge === "EdgeRight" && rightColumn) sides.push("right");
  if (edge === "InsideHorizontal") {
    if (!topRow) sides.push("top");
    if (!bottomRow) sides.push("bottom");
  }
  if (edge === "InsideVertical") {
    if (!leftColumn) sides.push("left");
    if (!rightColumn) sides.push("right");
  }
  return sides;
};

/**
 * Range.format: fill, font, wrapping, alignment, borders, and column width, each strict like the
 * rest of the fake. Cell formats are stored per cell, so they need a bounded range (a fake
 * limitation, said loudly); columnWidth takes whole columns, as Excel does (ExcelApi 1.2).
 */
export const rangeFormat = (ctx: FakeContext, minApi: number, cells: FormatCells): FakeBag => {
  const { present } = cells;

  const bounded = (where: string): { sheet: StoredSheet; area: Area } => {
    const sheet = cells.sheet();
    const area = cells.area();
    if (sheet.protected)
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
        where
      );
    if (area.unbounded)
      throw new FakeOfficeError(
        "NotImplemented",
        "The fake stores cell formats per cell; use a bounded range.",
        where
      );
    return { sheet, area };
  };

  const eachCell = (
    where: string,
    visit: (sheet: StoredSheet, r: number, c: number, area: Area) => void
  ): void => {
    const { sheet, area } = bounded(where);
    for (let r = area.top; r <= area.bottom; r += 1)
      for (let c = area.left; c <= area.right; c += 1) visit(sheet, r, c, area);
  };

  /** One value when every cell agrees, else null (how Excel reports a format over a mixed range). */
  const uniform = <T>(read: (sheet: StoredSheet, r: number, c: number) => T): T | null => {
    const sheet = cells.sheet();
    const area = cells.area();
    if (area.unbounded) return null;
    const first = read(sheet, area.top, area.left);
    for (let r = area.top; r <= area.bottom; r += 1)
      for (let c = area.left; c <= area.right; c += 1) if (read(sheet, r, c) !== first) return null;
    return first;
  };

  const cellProperty = <K extends keyof StoredCellFormat>(
    typeName: string,
    key: K,
    fallback: StoredCellFormat[K],
    accept: (value: unknown, where: string) => StoredCellFormat[K]
  ) => ({
    get: () => uniform((sheet, r, c) => sheet.cellFormat(r, c)[key] ?? fallback),
    set: (value: unknown) => {
      const where = `${typeName}.${String(key)}`;
      const accepted = accept(value, where);
      eachCell(where, (sheet, r, c) => sheet.setCellFormat(r, c, { [key]: accepted }));
    },
  });

  const paint = (colour: string | null, where: string) =>
    eachCell(where, (sheet, r, c) => sheet.setFill(r, c, colour));
  const fill = new FakeBag(ctx, {
    typeName: "RangeFill",
    minApi,
    present,
    properties: {
      color: {
        get: () => uniform((sheet, r, c) => sheet.fill(r, c)),
        set: (value) => {
          if (!isColour(value))
            throw invalid(`"${String(value)}" is not a colour.`, "RangeFill.color");
          paint(value, "RangeFill.color");
        },
      },
    },
    methods: { clear: { apply: () => paint(null, "RangeFill.clear") } },
  });

  const font = new FakeBag(ctx, {
    typeName: "RangeFont",
    minApi,
    present,
    properties: {
      color: cellProperty("RangeFont", "fontColour", "#000000", (value, where) => {
        if (!isColour(value)) throw invalid(`"${String(value)}" is not a colour.`, where);
        return value.toUpperCase();
      }),
      bold: cellProperty("RangeFont", "bold", false, flag),
      italic: cellProperty("RangeFont", "italic", false, flag),
    },
  });

  const border = (edge: string): FakeBag => {
    const side = (key: "style" | "weight", allowed: string[], fallback: string) => ({
      get: () =>
        uniform((sheet, r, c) => {
          const [first] = sidesOf(edge, r, c, cells.area());
          return first ? (sheet.cellFormat(r, c).borders?.[first]?.[key] ?? fallback) : fallback;
        }),
      set: (value: unknown) => {
        const where = `RangeBorder.${key}`;
        const accepted = oneOf(allowed, value, where);
        eachCell(where, (sheet, r, c, area) => {
          for (const s of sidesOf(edge, r, c, area)) {
            sheet.setCellFormat(r, c, {
              borders: { [s]: { ...sheet.cellFormat(r, c).borders?.[s], [key]: accepted } },
            });
          }
        });
      },
    });
    return new FakeBag(ctx, {
      typeName: "RangeBorder",
      minApi,
      present,
      properties: {
        style: side("style", BORDER_STYLES, "None"),
        weight: side("weight", BORDER_WEIGHTS, "Thin"),
      },
    });
  };

  const borders = new FakeBag(ctx, { typeName: "RangeBorderCollection", minApi, present });
  Object.defineProperty(borders, "getItem", {
    value: (index: unknown): FakeBag => {
      const edge = typeof index === "string" && EDGES.includes(index) ? index : null;
      ctx.enqueueProxy("RangeBorderCollection.getItem", minApi, () => {
        if (edge === null)
          throw invalid(
            `"${String(index)}" is not a border index.`,
            "RangeBorderCollection.getItem"
          );
      });
      return border(edge ?? "EdgeTop");
    },
  });

  return new FakeBag(ctx, {
    typeName: "RangeFormat",
    minApi,
    present,
    properties: {
      wrapText: cellProperty("RangeFormat", "wrap", false, flag),
      horizontalAlignment: cellProperty("RangeFormat", "horizontal", "General", (value, where) =>
        oneOf(HORIZONTAL_ALIGNMENTS, value, where)
      ),
      verticalAlignment: cellProperty("RangeFormat", "vertical", "Bottom", (value, where) =>
        oneOf(VERTICAL_ALIGNMENTS, value, where)
      ),
      columnWidth: {
        minApi: Math.max(minApi, 2),
        get: () => {
          const area = cells.area();
          const sheet = cells.sheet();
          const first = sheet.columnWidth(area.left);
          for (let c = area.left; c <= area.right; c += 1)
            if (sheet.columnWidth(c) !== first) return null;
          return first;
        },
        set: (value) => {
          if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
            throw invalid(
              `"${String(value)}" is not a width in points.`,
              "RangeFormat.columnWidth"
            );
          const sheet = cells.sheet();
          if (sheet.protected)
            throw new FakeOfficeError(
              "AccessDenied",
              "The cell or chart you're trying to change is on a protected sheet.",
              "RangeFormat.columnWidth"
            );
          const area = cells.area();
          for (let c = area.left; c <= area.right; c += 1) sheet.columnWidths.set(c, value);
        },
      },
    },
    navigations: { fill, font, borders },
  });
};
