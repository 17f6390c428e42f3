import { workerOnFirstUse } from "../../worker/worker-on-first-use";
import { workbookClient, type WorkbookClient } from "./workbook-client";

/**
 * The preview's workbook worker, started the first time a workbook opens. A worker of its own, not
 * the engine's: the engine's worker also runs inside Excel, where exceljs and JSZip (1 MB) must never
 * load, and where there is no .xlsx to hold; this one exists only in the preview, so its file (and
 * the exceljs and JSZip chunks it pulls in) stays preview-only, and the engine's worker stays as it is.
 * webpack 5 bundles workbook.worker.ts as xlsx-worker.[hash].chunk.js (CSP worker-src 'self').
 */
export const workbookWorker: () => Promise<WorkbookClient> = workerOnFirstUse(
  () =>
    new Worker(
      /* webpackChunkName: "xlsx-worker" */ new URL("./workbook.worker.ts", import.meta.url),
      { name: "plan-tracker-workbook" }
    ),
  workbookClient,
  "the workbook's worker"
);
