import { canUseWorker } from "../worker/can-use-worker";
import type { PaneEngines } from "./operations";

/** The engines' code could not be fetched, or their worker would not start: each view says its own sentence. */
export class EnginesUnavailable extends Error {}

/**
 * Every view's engines, fetched on first use: answered by the engine's worker where there is a Worker
 * (the pane keeps answering while they run), else the table itself loaded into the pane's thread (jest,
 * or a browser without workers). Both are lazy chunks, so nothing of the engines loads with the pane. A
 * failed download or a worker that will not start is EnginesUnavailable, so the person is told to
 * reconnect rather than to report a bug.
 */
export const loadEngines = async (): Promise<PaneEngines> => {
  try {
    return canUseWorker()
      ? await (
          await import(/* webpackChunkName: "engine-client" */ "./start-engine-worker")
        ).enginesInWorker()
      : (await import(/* webpackChunkName: "engines" */ "./operations")).ENGINE_OPERATIONS;
  } catch (error: unknown) {
    throw new EnginesUnavailable(String(error));
  }
};
