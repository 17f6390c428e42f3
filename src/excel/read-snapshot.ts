/* global Excel */
import type { RangeArea } from "../core/model/address";
import type { GatewayError, ReadRequest } from "../core/gateway";
import { MAPPING_NAMESPACE } from "../core/mapping/mapping";
import { err, ok, type Result } from "../core/result";
import { fingerprintSheets } from "../core/snapshot/fingerprint";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import type { ExcelApiSupport } from "./capabilities";
import { loadBlocks, usedBlock, type SheetBlock } from "./read-blocks";
import { readFills } from "./read-fills";
import { readLists } from "./read-lists";
import { PLAN_TRACKER_NAMESPACE, settingsFromXml, settingText } from "./settings-store";
import { queueSheetMarks } from "./sheet-marks";
import { addBlock, mergedAreaList, toVisibility } from "./snapshot-cells";

export interface ReadOptions {
  /** Cells per range proxy; well under Excel's 5,000,000-cell read limit. */
  cellBudget: number;
  /** Largest response one sync should bring back (4 MB, under Excel on the web's 5 MB). */
  maxResponseBytes: number;
  /** A sheet whose used range is larger than this is refused rather than read (Excel's own read limit). */
  maxSheetCells: number;
  takenAt: string;
}

interface UsedArea {
  firstRow: number;
  firstColumn: number;
  rows: number;
  columns: number;
}

const tooLarge = (sheet: string, detail: string): GatewayError => ({
  kind: "too-large",
  message: `The sheet "${sheet}" is too large for Plan Tracker to read (${detail}); delete unused rows and columns around the plan and try again.`,
  sheet,
});

const toArea = (used: UsedArea | null): RangeArea | null =>
  used === null
    ? null
    : {
        top: used.firstRow,
        left: used.firstColumn,
        bottom: used.firstRow + used.rows - 1,
        right: used.firstColumn + used.columns - 1,
      };

/**
 * Sync 2: every sheet's used range (values only), and merged areas where ExcelApi 1.13 allows.
 * Excel fails getMergedAreas beyond 512 areas, so a failure here is retried once without merges.
 */
const loadUsedRanges = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  sheets: Excel.Worksheet[],
  withMerges: boolean
): Promise<{ used: (UsedArea | null)[]; merges: string[][] }> => {
  const usedRanges = sheets.map((sheet) => {
    const range = support.nullObjects
      ? sheet.getUsedRangeOrNullObject(true)
      : support.protection
        ? sheet.getUsedRange(true)
        : sheet.getUsedRange();
    return range.load("address, rowIndex, columnIndex, rowCount, columnCount");
  });
  const mergedAreas = withMerges
    ? sheets.map((sheet) => sheet.getUsedRange().getMergedAreasOrNullObject().load("address"))
    : [];
  await context.sync();
  return {
    used: usedRanges.map((range) =>
      range.isNullObject
        ? null
        : {
            firstRow: range.rowIndex + 1,
            firstColumn: range.columnIndex + 1,
            rows: range.rowCount,
            columns: range.columnCount,
          }
    ),
    merges: sheets.map((_sheet, i) => {
      const areas = mergedAreas[i];
      return areas && !areas.isNullObject ? mergedAreaList(areas.address) : [];
    }),
  };
};

/**
 * Read the whole workbook into a snapshot in a number of syncs that follows its bytes, never its rows
 * (docs/EXCEL.md#reading-and-writing: no sync per row or sheet): (1) sheets, visibility, protection, settings, the mapping's
 * part; (2) used ranges and merges, with the settings and mapping XML; (3) values and number formats
 * in row blocks, one sync per 4 MB of cells (read-in-budget.ts); (4) fills, only when asked and
 * ExcelApi 1.9; (5) the dropdowns under each table's header, where ExcelApi 1.8 and a header is seen.
 */
export const readSnapshot = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  request: ReadRequest,
  options: ReadOptions
): Promise<Result<WorkbookSnapshot, GatewayError>> => {
  // Sync 1.
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    support.protection
      ? "items/name, items/visibility, items/protection/protected"
      : "items/name, items/visibility"
  );
  if (support.workbookName) context.workbook.load("name");
  const settingItems = support.nullObjects
    ? context.workbook.settings.load("items/key, items/value")
    : null;
  const settingsPart = support.customXmlParts
    ? context.workbook.customXmlParts
        .getByNamespace(PLAN_TRACKER_NAMESPACE)
        .getOnlyItemOrNullObject()
    : null;
  // The mapping's parts as a list rather than getOnlyItemOrNullObject, which gives a null object when
  // two co-authors each stored one at once: then the last added (Excel keeps adding order) is read.
  const mappingParts = support.customXmlParts
    ? context.workbook.customXmlParts.getByNamespace(MAPPING_NAMESPACE).load("items/id")
    : null;
  // Which sheets are Plan Tracker's own, by their marks (core/owned/sheet-mark.ts).
  const marks = queueSheetMarks(context, support);
  await context.sync();
  const roles = marks.roles();
  const sheets = worksheets.items;
  const queueSettingsXml = () =>
    settingsPart !== null && !settingsPart.isNullObject ? settingsPart.getXml() : null;
  const lastMappingPart = mappingParts?.items[mappingParts.items.length - 1];
  const queueMappingXml = () => lastMappingPart?.getXml() ?? null;

  // Sync 2 (the settings and mapping XML travel with it).
  let settingsXml = queueSettingsXml();
  let mappingXml = queueMappingXml();
  let layout: { used: (UsedArea | null)[]; merges: string[][] };
  try {
    layout = await loadUsedRanges(context, support, sheets, support.mergedAreas);
  } catch (error) {
    if (!support.mergedAreas) throw error;
    settingsXml = queueSettingsXml();
    mappingXml = queueMappingXml();
    layout = await loadUsedRanges(context, support, sheets, false);
  }
  const settings: Record<string, string> = {};
  for (const item of settingItems?.items ?? []) settings[item.key] = settingText(item.value);
  if (settingsXml !== null) Object.assign(settings, settingsFromXml(settingsXml.value));

  // Sync 3, one per 4 MB of cells.
  const blocks: SheetBlock[] = [];
  for (const [index, used] of layout.used.entries()) {
    if (used === null) continue;
    const cells = used.rows * used.columns;
    if (cells > options.maxSheetCells)
      return err(tooLarge(sheets[index].name, `${cells.toLocaleString("en-GB")} cells in use`));
    blocks.push(usedBlock(index, sheets[index].name, used));
  }
  const sync = async (): Promise<void> => {
    await context.sync();
  };
  const limits = { maxBytes: options.maxResponseBytes, maxCells: options.cellBudget };
  const blockCells = await loadBlocks(sync, sheets, blocks, { ...limits, numberFormats: true });

  // Sync 4, only when fills are wanted and getCellProperties exists (ExcelApi 1.9). Without it fills
  // stay empty and capabilities().cellProperties is false, which is how callers know.
  const fillRequests = support.cellProperties ? (request.fills ?? []) : [];
  const fills =
    fillRequests.length > 0
      ? await readFills(
          sync,
          new Map(sheets.map((sheet) => [sheet.name, sheet])),
          fillRequests,
          new Map(sheets.map((sheet, i) => [sheet.name, toArea(layout.used[i])])),
          limits
        )
      : new Map<string, Record<string, string>>();

  const snapshots: SheetSnapshot[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const used = layout.used[index];
    const snapshot: SheetSnapshot = {
      name: sheet.name,
      firstRow: used?.firstRow ?? 1,
      firstColumn: used?.firstColumn ?? 1,
      values: [],
      numberFormats: {},
      fills: fills.get(sheet.name) ?? {},
      merges: layout.merges[index],
      protected: support.protection ? sheet.protection.protected : false,
      visibility: toVisibility(sheet.visibility),
    };
    const role = roles.get(sheet.name.toLowerCase());
    if (role !== undefined) snapshot.mark = role;
    const pieces = blockCells
      .filter(({ piece }) => piece.sheetIndex === index)
      .sort((a, b) => a.piece.area.top - b.piece.area.top);
    for (const { piece, loaded } of pieces) {
      // Excel's silent failure: over its cell limit a read gives null instead of an error.
      if (loaded.values === null)
        return err(tooLarge(sheet.name, "Excel returned no values for it"));
      addBlock(
        snapshot.values,
        snapshot.numberFormats,
        { firstRow: piece.area.top, firstColumn: piece.area.left },
        loaded.values,
        loaded.numberFormats
      );
    }
    snapshots.push(snapshot);
  }

  // One more sync (ExcelApi 1.8): the dropdowns under each table's header say which words a status column uses.
  const lists = support.dataValidation
    ? await readLists(sync, new Map(sheets.map((sheet) => [sheet.name, sheet])), snapshots)
    : new Map<string, never[]>();
  const withLists =
    lists.size === 0
      ? snapshots
      : snapshots.map((snapshot) =>
          lists.has(snapshot.name) ? { ...snapshot, lists: lists.get(snapshot.name) } : snapshot
        );

  return ok({
    name: support.workbookName ? context.workbook.name : "Workbook",
    sheets: withLists,
    settings,
    ...(mappingXml !== null ? { mappingXml: mappingXml.value } : {}),
    stamp: { takenAt: options.takenAt, fingerprint: fingerprintSheets(withLists) },
  });
};
