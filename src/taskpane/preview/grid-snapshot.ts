import type { GatewayError } from "../../core/gateway";
import { cellAddress } from "../../core/model/address";
import type { Result } from "../../core/result";
import { lastColumn, lastRow } from "../../core/snapshot/sheet-access";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";
import type { PreviewGateway } from "./preview-gateway";

/**
 * The snapshot the sheet grid draws, fills included. The gateway returns fills only where asked
 * (or more), and the used ranges are known only after a first read, so ask again when none came back.
 */
export const readGridSnapshot = async (
  gateway: PreviewGateway
): Promise<Result<WorkbookSnapshot, GatewayError>> => {
  const first = await gateway.read();
  if (!first.ok) return first;
  const anyFills = first.value.sheets.some((sheet) => Object.keys(sheet.fills).length > 0);
  const withCells = first.value.sheets.filter((sheet) => sheet.values.length > 0);
  if (anyFills || withCells.length === 0) return first;
  const fills = withCells.map((sheet) => ({
    sheet: sheet.name,
    ranges: [
      `${cellAddress(sheet.firstRow, sheet.firstColumn)}:${cellAddress(lastRow(sheet), Math.max(lastColumn(sheet), sheet.firstColumn))}`,
    ],
  }));
  const second = await gateway.read({ fills });
  return second.ok ? second : first;
};

/**
 * The same gateway, telling the preview after every successful apply() so the grid redraws what a
 * view (RAG, Report) wrote into the workbook. storeMapping passes through when the workbook has it,
 * so the Mapping view can save into the copy shown (and Validate, RAG and Report then read it).
 */
export const notifyingApply = (gateway: PreviewGateway, afterApply: () => void): PreviewGateway => {
  const storeMapping = gateway.storeMapping?.bind(gateway);
  // Undo last run puts cells back, so the grid redraws after it too (docs/HISTORY.md#issue-6-3).
  const undoLastRun = gateway.undoLastRun?.bind(gateway);
  const undoableRun = gateway.undoableRun?.bind(gateway);
  const close = gateway.close?.bind(gateway);
  const save = gateway.save?.bind(gateway);
  const { heldIn } = gateway;
  return {
    kind: gateway.kind,
    capabilities: () => gateway.capabilities(),
    read: (request) => gateway.read(request),
    select: (sheet, address) => gateway.select(sheet, address),
    onSelect: (listener) => gateway.onSelect(listener),
    apply: async (writePlan, onProgress) => {
      const result = await gateway.apply(writePlan, onProgress);
      if (result.ok) afterApply();
      return result;
    },
    ...(storeMapping !== undefined ? { storeMapping: (xml: string) => storeMapping(xml) } : {}),
    ...(undoLastRun !== undefined
      ? {
          undoLastRun: async (onProgress?: (done: number, total: number) => void) => {
            const result = await undoLastRun(onProgress);
            if (result.ok) afterApply();
            return result;
          },
        }
      : {}),
    ...(undoableRun !== undefined ? { undoableRun: () => undoableRun() } : {}),
    ...(close !== undefined ? { close: () => close() } : {}),
    ...(save !== undefined ? { save: () => save() } : {}),
    // An engine's write over the direct line to the workbook's worker (docs/ARCHITECTURE.md#threads) redraws too.
    ...(heldIn !== undefined
      ? {
          heldIn: {
            ...heldIn,
            wrote: () => {
              heldIn.wrote();
              afterApply();
            },
          },
        }
      : {}),
  };
};
