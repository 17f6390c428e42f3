/* global Excel */
import { parseRangeAddress } from "../core/model/address";
import type {
  ApplyReport,
  GatewayError,
  ReadRequest,
  UndoableRun,
  UndoReport,
  WorkbookGateway,
} from "../core/gateway";
import { err, ok, type Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import type { WritePlan } from "../core/write-plan/write-plan";
import { applyWritePlan } from "./apply-write-plan";
import {
  detectApiSupport,
  hostIsSetSupported,
  toCapabilities,
  type ExcelApiSupport,
  type IsSetSupported,
} from "./capabilities";
import { toGatewayError } from "./office-errors";
import { readSnapshot } from "./read-snapshot";
import { readFills as readFillColours } from "./read-fills";
import { storeMappingPart } from "./store-mapping";
import type { UndoScope } from "../core/undo/vet-undo-record";
import { undoableRunInExcel, undoLastRunInExcel } from "./undo-last-run";
import type { FillRequest } from "../core/gateway";
import { readCellsInExcel } from "./read-cells";
import { watchChangesInExcel } from "./watch-changes";

export interface ExcelGatewayOptions {
  /** The clock for snapshot stamps (the core never reads it). */
  now?: () => Date;
  /** Cells per range proxy when reading (default 500,000: a tenth of Excel's 5,000,000-cell read limit). */
  readCellBudget?: number;
  /** Largest used range read from one sheet (default 5,000,000 cells, Excel's own read limit). */
  maxSheetCells?: number;
  /** Largest request one sync may carry (default 4 MB, under Excel on the web's 5 MB). */
  maxRequestBytes?: number;
  /**
   * Largest response one sync should bring back, by estimate (default 4 MB, under Excel on the web's
   * 5 MB): reads are grouped to stay under it (read-in-budget.ts).
   */
  maxResponseBytes?: number;
  /** Requirement-set check; defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /**
   * Keep what each apply() overwrites in the council's own sheets for Undo last run (default true,
   * docs/HISTORY.md#issue-6-3). Only tests that measure the write mechanics alone turn it off.
   */
  keepUndo?: boolean;
}

/**
 * The workbook gateway over Office.js: the only code in the product that calls Excel. Every failure
 * comes back as a GatewayError with one plain sentence, never as a thrown error or a stack trace.
 */
export const createExcelGateway = (options: ExcelGatewayOptions = {}): WorkbookGateway => {
  let support: ExcelApiSupport | null = null;
  // Asked once, on first use, when Office is ready (docs/EXCEL.md#requirement-sets).
  const api = (): ExcelApiSupport =>
    (support ??= detectApiSupport(options.isSetSupported ?? hostIsSetSupported));
  const now = options.now ?? (() => new Date());
  const maxRequestBytes = options.maxRequestBytes ?? 4 * 1024 * 1024;
  const maxResponseBytes = options.maxResponseBytes ?? 4 * 1024 * 1024;
  const cellBudget = options.readCellBudget ?? 500_000;

  const read = async (
    request: ReadRequest = {}
  ): Promise<Result<WorkbookSnapshot, GatewayError>> => {
    try {
      return await Excel.run((context) =>
        readSnapshot(context, api(), request, {
          cellBudget,
          maxResponseBytes,
          maxSheetCells: options.maxSheetCells ?? 5_000_000,
          takenAt: now().toISOString(),
        })
      );
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  // One sync (one per 4 MB of cells): the requested ranges are bounded, so no used range is loaded first.
  const readFills = async (
    requests: FillRequest[]
  ): Promise<Result<Record<string, Record<string, string>>, GatewayError>> => {
    if (!api().cellProperties) return ok({});
    try {
      return await Excel.run(async (context) => {
        const sheets = new Map(
          requests.map((r) => [r.sheet, context.workbook.worksheets.getItem(r.sheet)])
        );
        const fills = await readFillColours(() => context.sync(), sheets, requests, new Map(), {
          maxBytes: maxResponseBytes,
          maxCells: cellBudget,
        });
        return ok(Object.fromEntries(fills));
      });
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  const apply = async (
    plan: WritePlan,
    onProgress?: (done: number, total: number) => void
  ): Promise<Result<ApplyReport, GatewayError>> => {
    try {
      // delayForCellEdit: wait for the person to leave cell edit instead of failing the batch.
      // What the plan overwrites in the council's own sheets is kept first, for Undo last run (docs/HISTORY.md#issue-6-3).
      return await Excel.run({ delayForCellEdit: true }, (context) =>
        applyWritePlan(context, api(), plan, {
          maxRequestBytes,
          readLimits: { maxBytes: maxResponseBytes, maxCells: cellBudget },
          onProgress,
          ...(options.keepUndo === false ? {} : { keepUndo: { takenAt: now().toISOString() } }),
        })
      );
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  const select = async (sheet: string, address: string): Promise<Result<void, GatewayError>> => {
    if (!parseRangeAddress(address.replace(/\$/g, ""))) {
      return err({
        kind: "host-error",
        message: `"${address}" is not a cell address Plan Tracker can go to on "${sheet}".`,
        sheet,
      });
    }
    try {
      await Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
      return ok(undefined);
    } catch (error) {
      return err(toGatewayError(error, sheet));
    }
  };

  const storeMapping = async (xml: string): Promise<Result<void, GatewayError>> => {
    try {
      return await Excel.run({ delayForCellEdit: true }, (context) =>
        storeMappingPart(context, api(), xml)
      );
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  const undoLastRun = async (
    onProgress?: (done: number, total: number) => void,
    scope?: UndoScope
  ): Promise<Result<UndoReport, GatewayError>> => {
    try {
      return await Excel.run({ delayForCellEdit: true }, (context) =>
        undoLastRunInExcel(context, api(), {
          maxRequestBytes,
          maxResponseBytes,
          cellBudget,
          takenAt: now().toISOString(),
          onProgress,
          ...(scope ? { scope } : {}),
        })
      );
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  const undoableRun = async (): Promise<Result<UndoableRun | null, GatewayError>> => {
    try {
      return await Excel.run((context) => undoableRunInExcel(context, api()));
    } catch (error) {
      return err(toGatewayError(error));
    }
  };

  // Change events came with ExcelApi 1.7, the same set as Workbook.name.
  const watchChanges: WorkbookGateway["watchChanges"] = (onChanged) =>
    api().workbookName
      ? watchChangesInExcel(onChanged)
      : Promise.resolve(
          err({
            kind: "unsupported",
            message:
              "This version of Excel cannot tell Plan Tracker when cells change, so live checking is off; Validate still checks the whole plan.",
          })
        );

  return {
    kind: "excel",
    capabilities: () => toCapabilities(api()),
    read,
    readFills,
    apply,
    select,
    storeMapping,
    undoLastRun,
    undoableRun,
    watchChanges,
    readCells: readCellsInExcel,
  };
};
