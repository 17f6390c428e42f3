import type { Workbook } from "exceljs";
import type {
  ApplyReport,
  Capabilities,
  GatewayError,
  ReadRequest,
  UndoableRun,
  UndoReport,
  WorkbookGateway,
} from "../core/gateway";
import { parseCellAddress } from "../core/model/address";
import { err, ok, type Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import type { UndoScope } from "../core/undo/vet-undo-record";
import type { WritePlan } from "../core/write-plan/write-plan";
import { applyWritePlan } from "./apply-write-plan";
import type { SheetValueAt } from "./charts/inject-charts";
import { PendingCharts } from "./charts/pending-charts";
import { readMappingPart } from "./custom-xml/read-mapping-part";
import { emptyFormulaResults } from "./empty-formula-results";
import { faithfulCopy } from "./package/faithful-copy";
import { isMappingPart } from "../core/mapping/mapping-xml";
import { normaliseCellValue } from "./read-cell-value";
import { loadExcelJs } from "./load-exceljs";
import { readWorkbookSnapshot } from "./read-snapshot";
import { packageForExcelJs } from "./package-for-exceljs";
import { withMarks } from "./sheet-marks";
import { describeOtherPackage, sniffWorkbookBytes } from "./sniff-workbook-bytes";
import { undoableRun, undoLastRun } from "./undo-last-run";

/**
 * The WorkbookGateway over an .xlsx file held in memory (exceljs), for the CLI, the tests and the
 * browser preview. It never writes anywhere itself: `save()` hands back new bytes and the caller
 * decides where they go (the CLI never overwrites its input, docs/TOOLCHAIN.md#exceljs).
 */
export type SelectListener = (sheet: string, address: string) => void;

export interface XlsxGateway extends WorkbookGateway {
  readonly kind: "xlsx";
  /** Keep the mapping for save(), replacing the one the file carried (which save() otherwise keeps). */
  storeMapping(xml: string): Promise<Result<void, GatewayError>>;
  /** Always there on .xlsx: the record lives in the workbook's own undo sheet. */
  undoLastRun(
    onProgress?: (done: number, total: number) => void,
    scope?: UndoScope
  ): Promise<Result<UndoReport, GatewayError>>;
  undoableRun(): Promise<Result<UndoableRun | null, GatewayError>>;
  /** The file name the workbook was opened as. */
  readonly name: string;
  /** The workbook as .xlsx bytes, with every plan applied so far, charts and the mapping included. */
  save(): Promise<Uint8Array>;
  /** What the last save() had to leave out of the copy, one sentence each (empty when nothing). */
  saveNotes(): readonly string[];
  /** Called on every select(); returns the function that stops listening. */
  onSelect(listener: SelectListener): () => void;
  /** The cell last selected, if any (the preview grid highlights it). */
  selection(): { sheet: string; address: string } | null;
}

export interface XlsxGatewayOptions {
  /** When the snapshot was taken; the gateway may read the clock, the core never does. */
  clock?: () => string;
}

const unreadable = (name: string): GatewayError => ({
  kind: "unreadable",
  message: `${name} could not be read as an Excel workbook (it may be damaged); open it in Excel, save it again and retry.`,
});

const READER_UNAVAILABLE: GatewayError = {
  kind: "host-error",
  message:
    "Plan Tracker could not load its .xlsx reader; reload the page (or reinstall the command line) and try again.",
};

/** A cell as the workbook holds it now, for the values a chart caches (charts/chart-data.ts). */
const valueIn =
  (workbook: Workbook): SheetValueAt =>
  (sheet, row, column) => {
    const cell = workbook.getWorksheet(sheet)?.findCell(row, column);
    return cell ? normaliseCellValue(cell.value) : null;
  };

/** The package read into a second workbook, as it was opened. */
const readAgain = async (readable: Uint8Array): Promise<Workbook> => {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(readable.slice().buffer);
  return workbook;
};

const createGateway = (
  workbook: Workbook,
  name: string,
  clock: () => string,
  storedMapping: string | undefined,
  packageBytes: Uint8Array,
  readable: Uint8Array
): XlsxGateway => {
  const listeners = new Set<SelectListener>();
  let selected: { sheet: string; address: string } | null = null;
  // exceljs has no chart model: charts wait here and are written into the package on save.
  const charts = new PendingCharts();
  // exceljs drops custom XML parts, so the mapping the file carried (or one stored since) is kept
  // here and written back on save: a copy never silently loses the council's mapping.
  let mappingXml = storedMapping;
  const notes: readonly string[] = [];
  // The workbook as opened, read again for each copy (sheet-changes.ts compares with it) and not
  // kept after: it is as large as the workbook itself.
  const asOpened = (): Promise<Workbook> => readAgain(readable);
  // Nothing applied or undone: the copy can differ from the file only in the mapping part.
  let written = false;
  // Found once, when first needed: the package as opened does not change.
  let savedEmpty: Map<string, Set<string>> | undefined;

  return {
    kind: "xlsx",
    name,
    capabilities: (): Capabilities => ({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: true,
      customXmlParts: true,
      selection: listeners.size > 0,
    }),
    // Every fill is read whatever was asked: the whole file is already in memory.
    read: async (request?: ReadRequest): Promise<Result<WorkbookSnapshot, GatewayError>> => {
      void request;
      const takenAt = clock();
      let read = readWorkbookSnapshot(workbook, name, takenAt);
      if (!read.ok) return read;
      // exceljs reads a formula whose saved result is empty text as one never calculated; only when it
      // found any is the package read again to tell the two apart (empty-formula-results.ts).
      if (read.value.sheets.some((sheet) => sheet.uncalculated !== undefined)) {
        savedEmpty ??= await emptyFormulaResults(packageBytes).catch(
          () => new Map<string, Set<string>>()
        );
        read = readWorkbookSnapshot(workbook, name, takenAt, savedEmpty);
        if (!read.ok) return read;
      }
      // Which sheets are Plan Tracker's own, by their marks (sheet-marks.ts).
      const sheets = withMarks(workbook, read.value.sheets);
      return ok({ ...read.value, sheets, ...(mappingXml !== undefined ? { mappingXml } : {}) });
    },
    apply: async (
      plan: WritePlan,
      onProgress?: (done: number, total: number) => void
    ): Promise<Result<ApplyReport, GatewayError>> => {
      written = true;
      // What the plan overwrites in the council's own sheets is kept first, for Undo last run (docs/HISTORY.md#issue-6-3).
      return applyWritePlan(workbook, plan, onProgress, charts, { keepUndo: { takenAt: clock() } });
    },
    undoLastRun: async (
      onProgress?: (done: number, total: number) => void,
      scope?: UndoScope
    ): Promise<Result<UndoReport, GatewayError>> => {
      written = true;
      return undoLastRun(workbook, charts, clock(), onProgress, scope);
    },
    undoableRun: async (): Promise<Result<UndoableRun | null, GatewayError>> =>
      undoableRun(workbook),
    select: async (sheet: string, address: string): Promise<Result<void, GatewayError>> => {
      if (!workbook.getWorksheet(sheet))
        return err({
          kind: "host-error",
          message: `There is no sheet called '${sheet}' in ${name}.`,
          sheet,
        });
      const range = address.split(":")[0];
      if (!parseCellAddress(range))
        return err({
          kind: "host-error",
          message: `${address} is not a cell address on the sheet '${sheet}'.`,
          sheet,
        });
      selected = { sheet, address };
      for (const listener of listeners) listener(sheet, address);
      return ok(undefined);
    },
    onSelect: (listener: SelectListener): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    selection: () => selected,
    storeMapping: async (xml: string): Promise<Result<void, GatewayError>> => {
      // Office finds the part by its root element's namespace; a part without it would be lost to every reader.
      if (!isMappingPart(xml))
        return err({
          kind: "host-error",
          message:
            "Plan Tracker tried to store a mapping that is not in its mapping format; nothing was stored.",
        });
      mappingXml = xml;
      return ok(undefined);
    },
    save: async (): Promise<Uint8Array> =>
      // The copy is the council's own package with Plan Tracker's changes edited in (docs/EXCEL.md#faithful-copies).
      faithfulCopy({
        original: packageBytes,
        asOpened,
        workbook,
        written,
        charts: charts.all(),
        valueAt: valueIn(workbook),
        mappingXml,
        storedMapping,
      }),
    saveNotes: (): readonly string[] => notes,
  };
};

/**
 * Opens .xlsx bytes. Bad input gets one plain sentence: empty file, not a zip, an encrypted workbook
 * or an old .xls, a truncated or damaged file. The caller's bytes are copied, never changed.
 */
export const openXlsxWorkbook = async (
  bytes: Uint8Array,
  name: string,
  options: XlsxGatewayOptions = {}
): Promise<Result<XlsxGateway, GatewayError>> => {
  const problem = sniffWorkbookBytes(bytes, name);
  if (problem) return err(problem);
  let excel: Awaited<ReturnType<typeof loadExcelJs>>;
  try {
    excel = await loadExcelJs();
  } catch {
    return err(READER_UNAVAILABLE);
  }
  const workbook = new excel.Workbook();
  // A copy in a buffer of its own: the caller's bytes are never handed to (or changed by) the zip reader.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  let readable: Uint8Array = copy;
  try {
    // Valid packages exceljs would refuse (no cell references, notes at other part names) are given
    // what it expects first; the copy above stays as the file was, for the parts read from it below.
    readable = await packageForExcelJs(copy);
    await workbook.xlsx.load(readable === copy ? copy.buffer : readable.slice().buffer);
  } catch {
    return err(unreadable(name));
  }
  if (workbook.worksheets.length === 0) {
    return err(
      describeOtherPackage(bytes, name) ?? {
        kind: "unreadable",
        message: `${name} is a zip file but not an Excel workbook (.xlsx): it has no worksheets.`,
      }
    );
  }
  let storedMapping: string | undefined;
  try {
    storedMapping = await readMappingPart(copy);
  } catch {
    return err(unreadable(name));
  }
  return ok(
    createGateway(
      workbook,
      name,
      options.clock ?? (() => new Date().toISOString()),
      storedMapping,
      copy,
      readable
    )
  );
};
