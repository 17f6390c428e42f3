import type { MappingEngine } from "../components/mapping/mapping-engine-types";
import type { RagEngine } from "../components/rag/rag-engine-types";
import type { ReportEngine } from "../components/report/report-engine-types";
import type { AnalyseEngine } from "../hooks/use-analysis";
import type { EngineClient } from "./engine-client";

/**
 * Each view's engine seam over the worker: the same functions, with the same answers, as the modules
 * the pane would otherwise load into its own thread (engine-host.ts runs those very modules).
 */
export const analyseVia = (client: EngineClient): AnalyseEngine => ({
  analysePane: (gateway, _request, onProgress) => client.run("analyse", gateway, undefined, onProgress),
});

export const ragEngineVia = (client: EngineClient): RagEngine => ({
  rate: (gateway, request, onProgress) => client.run("rag.rate", gateway, request, onProgress),
  refresh: (gateway, request, onProgress) => client.run("rag.refresh", gateway, request, onProgress),
  recordPeriod: (gateway, request, onProgress) => client.run("rag.recordPeriod", gateway, request, onProgress),
});

export const reportEngineVia = (client: EngineClient): ReportEngine => ({
  generate: (gateway, request, onProgress) => client.run("report.generate", gateway, request, onProgress),
  listMeasures: (gateway, asOf, onProgress) => client.run("report.listMeasures", gateway, asOf, onProgress),
});

export const mappingEngineVia = (client: EngineClient): MappingEngine => ({
  loadMappingView: (gateway, _request, onProgress) => client.run("mapping.load", gateway, undefined, onProgress),
  previewEffect: (gateway, request, onProgress) => client.run("mapping.preview", gateway, request, onProgress),
  saveMapping: (gateway, edited, onProgress) => client.run("mapping.save", gateway, edited, onProgress),
});
