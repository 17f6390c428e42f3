import type { MappingEngine } from "../components/mapping/mapping-engine-types";
import type { RagEngine } from "../components/rag/rag-engine-types";
import type { ReportEngine } from "../components/report/report-engine-types";
import type { AnalyseEngine } from "../hooks/use-analysis";
import type { EngineClient } from "./engine-client";
import { createEngineWorker } from "./engine-worker";
import { analyseVia, mappingEngineVia, ragEngineVia, reportEngineVia } from "./engines-via";

/**
 * The page's engine worker. webpack 5 bundles engine.worker.ts (and everything it imports: detection,
 * the rule catalogue, rating, the report model, the mapping checks) as its own file, fetched the first
 * time a view runs an engine; nothing of it loads when the pane opens.
 */
const engineWorker = createEngineWorker(() => new Worker(/* webpackChunkName: "engine-worker" */ new URL("./engine.worker.ts", import.meta.url), { name: "plan-tracker-engine" }));

const via =
  <T>(make: (client: EngineClient) => T) =>
  async (): Promise<T> =>
    make(await engineWorker());

/** Each view's seam, answered by the worker; each waits until the worker is up, so a failed start is a failed load. */
export const analyseInWorker: () => Promise<AnalyseEngine> = via(analyseVia);
export const ragEngineInWorker: () => Promise<RagEngine> = via(ragEngineVia);
export const reportEngineInWorker: () => Promise<ReportEngine> = via(reportEngineVia);
export const mappingEngineInWorker: () => Promise<MappingEngine> = via(mappingEngineVia);
