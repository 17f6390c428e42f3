import type { rate, recordPeriod, refresh } from "./rag-engine";

/** The RAG view's seam to the workbook: the lazily loaded module, or a stand-in in tests. */
export interface RagEngine {
  rate: typeof rate;
  refresh: typeof refresh;
  recordPeriod: typeof recordPeriod;
}

export type LoadRagEngine = () => Promise<RagEngine>;
