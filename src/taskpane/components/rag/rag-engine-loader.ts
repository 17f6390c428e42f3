import type { RagEngine } from "./rag-engine-types";
import { loadEngine } from "../../worker/load-engine";

/** Said when the rating code itself cannot be fetched (a dropped connection to the add-in's host). */
export const ENGINE_UNAVAILABLE =
  "Plan Tracker could not load the code that rates workbooks; check your connection, then close and reopen the pane.";

/** A failed download, told apart from a bug so the person is told to reconnect rather than to report it. */
export class EngineUnavailable extends Error {}

/**
 * The rating code, fetched once on first use into its own chunk: inside Excel the pane must answer
 * quickly on opening (a desktop host restarts an add-in unresponsive for 5 s, docs/EXCEL.md#limits). It runs in
 * the engine's worker where there is one (the pane keeps answering meanwhile), else in the pane's thread.
 */
export const loadRagEngine = (): Promise<RagEngine> =>
  loadEngine(
    async () => (await import(/* webpackChunkName: "engine-client" */ "../../worker/in-worker")).ragEngineInWorker(),
    () => import(/* webpackChunkName: "rag" */ "./rag-engine"),
    (reason) => new EngineUnavailable(reason),
  );
