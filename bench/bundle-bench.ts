import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface BundleFigure {
  /** The JavaScript Excel loads when the pane opens (taskpane.html's scripts): the 350 KB budget (webpack.config.js). */
  taskpaneBytes: number;
  /** Everything that can load inside Excel, once every view has been opened (loaded on demand). */
  excelOnDemandBytes: number;
  /** Preview-only code: the .xlsx reader (exceljs) and the preview shell. */
  previewBytes: number;
}

// Chunk names given in the pane's dynamic imports and workers (webpackChunkName) that only the preview loads.
const PREVIEW_ONLY = /^(exceljs|xlsx-preview|xlsx-worker|preview|jszip)\./;

/** Bytes of the built pane in dist/ (npm run build first), split by where the code runs. */
export const bundleBench = (dist: string): BundleFigure => {
  const files = readdirSync(dist).filter((f) => f.endsWith(".js") && !f.startsWith("commands."));
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const startup = files.filter((f) => html.includes(f));
  const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  return {
    taskpaneBytes: size(startup),
    excelOnDemandBytes: size(files.filter((f) => !PREVIEW_ONLY.test(f))),
    previewBytes: size(files.filter((f) => PREVIEW_ONLY.test(f))),
  };
};
