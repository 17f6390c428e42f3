import { FakeBag } from "./bag";
import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";
import { MAX_COLUMNS, MAX_ROWS, parseArea, type Area } from "./grid";
import { FakeRange } from "./range";
import { oneOf } from "./range-format";
import type { StoredSheet } from "./store";

const invalid = (message: string, where: string) =>
  new FakeOfficeError("InvalidArgument", message, where);

const count = (value: unknown, max: number, where: string): number => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max)
    throw invalid(`"${String(value)}" is not a number of rows or columns.`, where);
  return value;
};

const areaOf = (range: unknown, where: string): Area => {
  if (range instanceof FakeRange) return range.cells().area();
  if (typeof range === "string") return parseArea(range);
  throw invalid("Expected a Range or an address.", where);
};

/** Worksheet.freezePanes (ExcelApi 1.7): the frozen rows and columns are recorded on the stored sheet. */
export const freezePanes = (
  ctx: FakeContext,
  minApi: number,
  sheet: () => StoredSheet,
  present: () => boolean
): FakeBag =>
  new FakeBag(ctx, {
    typeName: "WorksheetFreezePanes",
    minApi: Math.max(minApi, 7),
    present,
    methods: {
      // The range given is what stays in view: its bottom row and right column are the last frozen.
      freezeAt: {
        apply: (range) => {
          const area = areaOf(range, "WorksheetFreezePanes.freezeAt");
          sheet().frozen = { rows: area.bottom + 1, columns: area.right + 1 };
        },
      },
      freezeRows: {
        apply: (rows) =>
          (sheet().frozen = {
            rows: count(rows ?? 1, MAX_ROWS - 1, "WorksheetFreezePanes.freezeRows"),
            columns: 0,
          }),
      },
      freezeColumns: {
        apply: (columns) =>
          (sheet().frozen = {
            rows: 0,
            columns: count(columns ?? 1, MAX_COLUMNS - 1, "WorksheetFreezePanes.freezeColumns"),
          }),
      },
      unfreeze: { apply: () => (sheet().frozen = { rows: 0, columns: 0 }) },
    },
  });

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5", "Executive", "Tabloid"];
/** A header or footer section holds at most 255 characters (Excel specifications and limits). */
const MAX_FOOTER = 255;

const zoomOf = (value: unknown): StoredSheet["pageLayout"]["zoom"] => {
  const where = "PageLayout.zoom";
  if (typeof value !== "object" || value === null) throw invalid("zoom must be an object.", where);
  const zoom = value as Record<string, unknown>;
  const extra = Object.keys(zoom).find(
    (key) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(key)
  );
  if (extra !== undefined) throw invalid(`zoom has no property "${extra}".`, where);
  const pages = (key: "horizontalFitToPages" | "verticalFitToPages"): number | undefined =>
    zoom[key] === undefined ? undefined : count(zoom[key], 32_767, where);
  const scale = zoom.scale;
  if (scale !== undefined && (typeof scale !== "number" || scale < 10 || scale > 400))
    throw invalid("scale must be 10 to 400.", where);
  const fit = {
    horizontalFitToPages: pages("horizontalFitToPages"),
    verticalFitToPages: pages("verticalFitToPages"),
  };
  if (
    scale !== undefined &&
    (fit.horizontalFitToPages !== undefined || fit.verticalFitToPages !== undefined)
  )
    throw invalid("Use either a scale or fit to pages, not both.", where);
  return scale !== undefined ? { scale } : fit;
};

/** "$1:$4" for whole rows; anything else is not a print-title range. */
const titleRows = (range: unknown): string => {
  const where = "PageLayout.setPrintTitleRows";
  const area = areaOf(range, where);
  if (!area.unbounded || area.left !== 0 || area.right !== MAX_COLUMNS - 1)
    throw invalid("Print title rows must be whole rows, like $1:$4.", where);
  return `$${area.top + 1}:$${area.bottom + 1}`;
};

/** Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, fit to pages, print titles, the centre footer. */
export const pageLayout = (
  ctx: FakeContext,
  minApi: number,
  sheet: () => StoredSheet,
  present: () => boolean
): FakeBag => {
  const layoutApi = Math.max(minApi, 9);
  const layout = () => sheet().pageLayout;
  const defaultForAllPages = new FakeBag(ctx, {
    typeName: "HeaderFooter",
    minApi: layoutApi,
    present,
    properties: {
      centerFooter: {
        get: () => layout().centerFooter,
        set: (value) => {
          if (typeof value !== "string" || value.length > MAX_FOOTER)
            throw invalid(
              "A footer is text of at most 255 characters.",
              "HeaderFooter.centerFooter"
            );
          layout().centerFooter = value;
        },
      },
    },
  });
  const headersFooters = new FakeBag(ctx, {
    typeName: "HeaderFooterGroup",
    minApi: layoutApi,
    present,
    navigations: { defaultForAllPages },
  });
  return new FakeBag(ctx, {
    typeName: "PageLayout",
    minApi: layoutApi,
    present,
    properties: {
      orientation: {
        get: () => layout().orientation,
        set: (value) =>
          (layout().orientation = oneOf(ORIENTATIONS, value, "PageLayout.orientation")),
      },
      paperSize: {
        get: () => layout().paperSize,
        set: (value) => (layout().paperSize = oneOf(PAPER_SIZES, value, "PageLayout.paperSize")),
      },
      zoom: { get: () => layout().zoom, set: (value) => (layout().zoom = zoomOf(value)) },
    },
    navigations: { headersFooters },
    methods: {
      setPrintTitleRows: { apply: (range) => (layout().printTitleRows = titleRows(range)) },
    },
  });
};

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a break above the range's first row. */
export const horizontalPageBreaks = (
  ctx: FakeContext,
  minApi: number,
  sheet: () => StoredSheet,
  present: () => boolean
): FakeBag =>
  new FakeBag(ctx, {
    typeName: "PageBreakCollection",
    minApi: Math.max(minApi, 9),
    present,
    methods: {
      add: {
        apply: (range) => {
          const top = areaOf(range, "PageBreakCollection.add").top + 1;
          if (top < 2)
            throw invalid("A page break cannot go above the first row.", "PageBreakCollection.add");
          if (!sheet().rowBreaks.includes(top))
            sheet().rowBreaks = [...sheet().rowBreaks, top].sort((a, b) => a - b);
        },
      },
      removePageBreaks: { apply: () => (sheet().rowBreaks = []) },
    },
  });
