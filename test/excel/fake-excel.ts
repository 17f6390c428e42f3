/**
 * A strict, hand-written fake of the Excel JavaScript API (docs/EXCEL.md#the-strict-fake, docs/TOOLCHAIN.md#office-addin-mock): unloaded or
 * unsynced reads throw PropertyNotLoaded, writes queue until sync(), API sets are gated, and every
 * sync is counted and weighed against Excel on the web's 5 MB payload limits.
 *
 *   const fake = installFakeExcel({ sheets: [{ name: "Actions", values: [["Ref", "Status"]] }] });
 *   ... code under test calls Excel.run ...
 *   expect(fake.stats.syncs).toBe(3);
 *   fake.uninstall();
 */
import {
  CELL_READ_LIMIT,
  emptyStats,
  PAYLOAD_LIMIT,
  type FakeHost,
  type FakeStats,
} from "./fake/context";
import { FakeOfficeError } from "./fake/errors";
import { formatArea, parseArea } from "./fake/grid";
import {
  buildWorkbook,
  type FakeWorkbookInit,
  type StoredCellFormat,
  type StoredSheet,
  type StoredValue,
  type StoredWorkbook,
} from "./fake/store";
import { FakeContext } from "./fake/context";
import { FakeRequestContext } from "./fake/workbook";

export type {
  FakeWorkbookInit,
  FakeSheetInit,
  StoredCellFormat,
  StoredChart,
  StoredPageLayout,
} from "./fake/store";
export type { FakeStats } from "./fake/context";
export { FakeOfficeError } from "./fake/errors";
export { CALL_COST, PROXY_COST, PAYLOAD_LIMIT, CELL_READ_LIMIT } from "./fake/context";

export interface FakeExcelOptions {
  /** Highest supported requirement set, "1.1" to "1.17" (default "1.17"). */
  apiVersion?: string;
  /** "web" enforces the 5 MB request and response limits (default); "desktop" has none. */
  platform?: "web" | "desktop";
  /** Cells a single read may return before Excel silently gives null (default 5,000,000). */
  cellReadLimit?: number;
}

export interface RecordedRun {
  delayForCellEdit: boolean | undefined;
}

export interface FakeExcel {
  readonly store: StoredWorkbook;
  readonly stats: FakeStats;
  /** The options of every Excel.run call, in order. */
  readonly runs: RecordedRun[];
  /** How many times code asked Office.context.requirements.isSetSupported. */
  readonly isSetSupportedCalls: number;
  readonly enableEvents: boolean;
  setApiVersion(version: string): void;
  /** Make the next sync throw an Office error with this code (before it changes anything). */
  failNextSync(code: string, message?: string): void;
  /** Run before each sync's actions: a test edits `store` here to play a co-author. */
  onBeforeSync(hook: ((syncNumber: number) => void) | null): void;
  resetStats(): void;
  /**
   * Play a person changing cells: Excel calls every registered WorksheetCollection.onChanged handler
   * once for the range (one event for a whole paste), unless events are off. Resolves when they finish.
   */
  emitChange(sheet: string, address: string, source?: "Local" | "Remote"): Promise<void>;
  /** Type or paste a block of values at a cell (values changed first, then one change event for the block). */
  paste(sheet: string, topLeft: string, values: (StoredValue | null)[][]): Promise<void>;
  /** Handlers registered on WorksheetCollection.onChanged and not removed. */
  readonly changeHandlerCount: number;
  sheet(name: string): StoredSheet;
  value(sheet: string, cell: string): StoredValue;
  setValue(sheet: string, cell: string, value: StoredValue | null): void;
  numberFormat(sheet: string, cell: string): string;
  fill(sheet: string, cell: string): string;
  /** Font, wrap, alignment and borders as set through format.* or setCellProperties ({} if none). */
  cellFormat(sheet: string, cell: string): StoredCellFormat;
  /** A column's width in points ("C" → 48 by default). */
  columnWidth(sheet: string, column: string): number;
  uninstall(): void;
}

const minorOf = (version: string): number => {
  const match = /^1\.(\d+)$/.exec(version.trim());
  if (!match) throw new Error(`Fake Excel: "${version}" is not an ExcelApi version like "1.9".`);
  return Number(match[1]);
};

type GlobalSlots = Record<"Excel" | "Office" | "OfficeExtension", unknown>;

/** Sets global Excel, Office and OfficeExtension backed by an in-memory workbook; returns the fake for assertions. */
export const installFakeExcel = (
  workbook: FakeWorkbookInit,
  options: FakeExcelOptions = {}
): FakeExcel => {
  const host: FakeHost = {
    store: buildWorkbook(workbook),
    config: {
      apiMinor: minorOf(options.apiVersion ?? "1.17"),
      payloadLimit: options.platform === "desktop" ? null : PAYLOAD_LIMIT,
      cellReadLimit: options.cellReadLimit ?? CELL_READ_LIMIT,
    },
    stats: emptyStats(),
    enableEvents: true,
    beforeSync: null,
    failures: [],
    changeHandlers: [],
  };
  const runs: RecordedRun[] = [];
  let isSetSupportedCalls = 0;

  const run = async (...args: unknown[]): Promise<unknown> => {
    const [first, second] = args;
    const batch = typeof first === "function" ? first : second;
    if (typeof batch !== "function") throw new Error("Excel.run needs a batch function.");
    // Excel.run(context, batch): run again in an earlier context (where an event handler is removed).
    const earlier = first instanceof FakeContext ? first : null;
    const runOptions =
      typeof first === "object" && first !== null && earlier === null
        ? (first as Record<string, unknown>)
        : {};
    runs.push({
      delayForCellEdit:
        typeof runOptions.delayForCellEdit === "boolean" ? runOptions.delayForCellEdit : undefined,
    });
    earlier?.reopen();
    const context = earlier ?? new FakeRequestContext(host);
    try {
      const result: unknown = await batch(context);
      // Like Office.js, a run ends with a sync when actions are still queued.
      if (context.pendingActions > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  const excel = {
    run,
    ConditionalFormatType: {
      custom: "Custom",
      dataBar: "DataBar",
      colorScale: "ColorScale",
      iconSet: "IconSet",
      topBottom: "TopBottom",
      presetCriteria: "PresetCriteria",
      containsText: "ContainsText",
      cellValue: "CellValue",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ChartType: { barStacked: "BarStacked", columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    onReady: async () => ({
      host: "Excel",
      platform: options.platform === "desktop" ? "PC" : "OfficeOnline",
    }),
    context: {
      diagnostics: { platform: options.platform === "desktop" ? "PC" : "OfficeOnline" },
      requirements: {
        isSetSupported: (name: string, version?: string): boolean => {
          isSetSupportedCalls += 1;
          if (name !== "ExcelApi") return false;
          return version === undefined || minorOf(version) <= host.config.apiMinor;
        },
      },
    },
  };
  const officeExtension = { Error: FakeOfficeError };

  const slots = globalThis as unknown as GlobalSlots;
  const previous: GlobalSlots = {
    Excel: slots.Excel,
    Office: slots.Office,
    OfficeExtension: slots.OfficeExtension,
  };
  slots.Excel = excel;
  slots.Office = office;
  slots.OfficeExtension = officeExtension;

  const sheet = (name: string): StoredSheet => {
    const found = host.store.sheet(name);
    if (!found) throw new Error(`Fake Excel: no sheet "${name}".`);
    return found;
  };
  const at = (cell: string) => parseArea(cell);
  const emitChange = async (
    name: string,
    address: string,
    source: "Local" | "Remote" = "Local"
  ): Promise<void> => {
    sheet(name);
    if (!host.enableEvents) return;
    const args = {
      address,
      worksheetId: `{SHEET-${name}}`,
      changeType: "RangeEdited" as const,
      source,
      type: "WorksheetChanged" as const,
    };
    await Promise.all([...host.changeHandlers].map((entry) => entry.handler(args)));
  };

  return {
    store: host.store,
    get stats() {
      return host.stats;
    },
    runs,
    get isSetSupportedCalls() {
      return isSetSupportedCalls;
    },
    get enableEvents() {
      return host.enableEvents;
    },
    setApiVersion: (version) => {
      host.config.apiMinor = minorOf(version);
    },
    failNextSync: (code, message) => {
      host.failures.push(
        new FakeOfficeError(code, message ?? `Fake failure: ${code}.`, "RequestContext.sync")
      );
    },
    onBeforeSync: (hook) => {
      host.beforeSync = hook;
    },
    resetStats: () => {
      host.stats = emptyStats();
    },
    emitChange,
    paste: async (name, topLeft, values) => {
      const start = at(topLeft);
      values.forEach((row, r) =>
        row.forEach((value, c) => sheet(name).setValue(start.top + r, start.left + c, value))
      );
      const width = Math.max(1, ...values.map((row) => row.length));
      await emitChange(
        name,
        formatArea({
          top: start.top,
          left: start.left,
          bottom: start.top + values.length - 1,
          right: start.left + width - 1,
          unbounded: false,
        })
      );
    },
    get changeHandlerCount() {
      return host.changeHandlers.length;
    },
    sheet,
    value: (name, cell) => sheet(name).value(at(cell).top, at(cell).left),
    setValue: (name, cell, value) => sheet(name).setValue(at(cell).top, at(cell).left, value),
    numberFormat: (name, cell) => sheet(name).numberFormat(at(cell).top, at(cell).left),
    fill: (name, cell) => sheet(name).fill(at(cell).top, at(cell).left),
    cellFormat: (name, cell) => sheet(name).cellFormat(at(cell).top, at(cell).left),
    columnWidth: (name, column) => sheet(name).columnWidth(at(`${column}:${column}`).left),
    uninstall: () => {
      slots.Excel = previous.Excel;
      slots.Office = previous.Office;
      slots.OfficeExtension = previous.OfficeExtension;
    },
  };
};
