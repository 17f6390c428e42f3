import type { MappingEngine } from "./mapping-engine-types";
import { loadEngine } from "../../worker/load-engine";

/** Said when the mapping code itself cannot be fetched (a dropped connection to the add-in's host). */
export const MAPPING_ENGINE_UNAVAILABLE =
  "Plan Tracker could not load the code that reads and saves mappings; check your connection, then close and reopen the pane.";

/** A failed download, told apart from a bug so the person is told to reconnect rather than to report it. */
export class MappingEngineUnavailable extends Error {}

/**
 * The mapping code (detection, checks, the JSON Schema validators), fetched once on first use into
 * its own chunk: inside Excel the pane must answer quickly on opening (docs/EXCEL.md#limits). It runs in the
 * engine's worker where there is one (the pane keeps answering meanwhile), else in the pane's thread.
 */
export const loadMappingEngine = (): Promise<MappingEngine> =>
  loadEngine(
    async () => (await import(/* webpackChunkName: "engine-client" */ "../../worker/in-worker")).mappingEngineInWorker(),
    () => import(/* webpackChunkName: "mapping" */ "./mapping-engine"),
    (reason) => new MappingEngineUnavailable(reason),
  );
