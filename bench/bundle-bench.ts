import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface BundleFigure {
  /** JavaScript that can load inside Excel: start-up plus the chunks Excel mode loads on demand. */
  taskpaneBytes: number;
  /** The start-up scripts alone (what taskpane.html loads before anything is clicked). */
  startupBytes: number;
  /** Preview-only code: the .xlsx reader (exceljs) and the preview shell. */
  previewBytes: number;
}

// Chunk names given in the pane's dynamic imports (webpackChunkName) that only the preview loads.
const PREVIEW_ONLY = /^(exceljs|xlsx-preview|preview)\./;

/** Bytes of the built pane in dist/ (npm run build first), split by where the code runs. */
export const bundleBench = (dist: string): BundleFigure => {
  const files = readdirSync(dist).filter((f) => f.endsWith(".js") && !f.startsWith("commands."));
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const startup = files.filter((f) => html.includes(f));
  const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  return {
    taskpaneBytes: size(files.filter((f) => !PREVIEW_ONLY.test(f))),
    startupBytes: size(startup),
    previewBytes: size(files.filter((f) => PREVIEW_ONLY.test(f))),
  };
};
