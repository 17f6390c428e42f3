import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";

/**
 * What the preview needs from the .xlsx gateway (src/xlsx/xlsx-gateway.ts): the common seam, plus a
 * listener for select() so the sheet grid can show the cell an issue points at.
 */
export interface PreviewGateway extends WorkbookGateway {
  onSelect(listener: (sheet: string, address: string) => void): () => void;
}

export type OpenWorkbook = (bytes: Uint8Array, name: string) => Promise<Result<PreviewGateway, GatewayError>>;

const READER_UNAVAILABLE: GatewayError = {
  kind: "host-error",
  message: "Plan Tracker could not load its workbook reader; please reload the page and try again.",
};

/**
 * Opens .xlsx bytes in the browser. The gateway (and exceljs, 925 KiB: ECOSYSTEM §9) is imported
 * only here, dynamically, so it lands in a lazy chunk that never loads inside Excel.
 */
export const openXlsxInBrowser: OpenWorkbook = async (bytes, name) => {
  let reader: typeof import("../../xlsx/xlsx-gateway");
  try {
    reader = await import(/* webpackChunkName: "xlsx-preview" */ "../../xlsx/xlsx-gateway");
  } catch (error: unknown) {
    console.error("Plan Tracker: could not load the .xlsx reader", error);
    return { ok: false, error: READER_UNAVAILABLE };
  }
  return reader.openXlsxWorkbook(bytes, name);
};
