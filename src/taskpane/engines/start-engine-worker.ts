import { workerOnFirstUse } from "../worker/worker-on-first-use";
import { engineClient } from "./engine-client";
import type { EngineOperations, PaneEngines } from "./operations";

/**
 * The page's one engine worker, started the first time a view runs an operation (never at start-up:
 * the pane must open fast, docs/EXCEL.md#limits) and shared by every view. webpack 5 bundles
 * engines.worker.ts, and everything it imports, as its own file (engine-worker.[hash].chunk.js); if
 * it cannot start, the run fails with WorkerUnavailable and the next run tries a fresh worker.
 */
const engineWorker = workerOnFirstUse(
  () =>
    new Worker(
      /* webpackChunkName: "engine-worker" */ new URL("./engines.worker.ts", import.meta.url),
      { name: "plan-tracker-engine" }
    ),
  (port) => engineClient<EngineOperations>(port),
  "the engine's worker"
);

/** The table's operations, answered by the worker; waits until the worker is up, so a failed start is a failed load. */
export const enginesInWorker = async (): Promise<PaneEngines> => (await engineWorker()).engines();
