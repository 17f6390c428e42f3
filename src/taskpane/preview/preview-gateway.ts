import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";
import { canUseWorker } from "../worker/can-use-worker";
import type { HeldIn } from "../worker/gateway-calls";
import { WorkerUnavailable } from "../worker/worker-on-first-use";

/**
 * What the preview needs from the .xlsx gateway (src/xlsx/xlsx-gateway.ts): the common seam, plus a
 * listener for select() so the sheet grid can show the cell an issue points at.
 */
export interface PreviewGateway extends WorkbookGateway {
  onSelect(listener: (sheet: string, address: string) => void): () => void;
  /** The preview has moved on to another workbook: let go of this one (the worker's copy). */
  close?(): void;
  /** The workbook as .xlsx bytes, as it now is (every write so far): what Download .xlsx saves. */
  save?(): Promise<Uint8Array>;
  /** Where the workbook really is, when the workbook's worker holds it: the engine's worker goes there directly. */
  heldIn?: HeldIn;
}

export type OpenWorkbook = (
  bytes: Uint8Array,
  name: string
) => Promise<Result<PreviewGateway, GatewayError>>;

const READER_UNAVAILABLE: GatewayError = {
  kind: "host-error",
  message: "Plan Tracker could not load its workbook reader; please reload the page and try again.",
};

/**
 * Opens .xlsx bytes in the page's own thread. The gateway (and exceljs, 925 KiB: docs/TOOLCHAIN.md#exceljs) is
 * imported only here, dynamically, so it lands in a lazy chunk that never loads inside Excel.
 */
const openInPage: OpenWorkbook = async (bytes, name) => {
  let reader: typeof import("../../xlsx/xlsx-gateway");
  try {
    reader = await import(/* webpackChunkName: "xlsx-preview" */ "../../xlsx/xlsx-gateway");
  } catch (error: unknown) {
    console.error("Plan Tracker: could not load the .xlsx reader", error);
    return { ok: false, error: READER_UNAVAILABLE };
  }
  return reader.openXlsxWorkbook(bytes, name);
};

/**
 * Opens .xlsx bytes in the browser: in the workbook's worker (worker/start-workbook-worker.ts), so reading
 * a large plan never freezes the page (docs/HISTORY.md#issue-6), and the workbook stays there; where there is no
 * Worker (jest) or it will not start, in the page's own thread as before.
 */
export const openXlsxInBrowser: OpenWorkbook = async (bytes, name) => {
  if (canUseWorker()) {
    try {
      const { workbookWorker } = await import(
        /* webpackChunkName: "preview" */ "./worker/start-workbook-worker"
      );
      return await (await workbookWorker()).open(bytes, name);
    } catch (error: unknown) {
      if (!(error instanceof WorkerUnavailable)) throw error;
      console.error(
        "Plan Tracker: the workbook's worker did not start; opening the workbook in the page",
        error
      );
    }
  }
  return openInPage(bytes, name);
};
