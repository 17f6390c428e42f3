import type { PaneEngines } from "../../engines/operations";

/** The RAG view's seam to the workbook: the operations it runs (engines/operations.ts), or a stand-in in tests. */
export type RagEngine = Pick<PaneEngines, "rate" | "refresh" | "recordPeriod">;

export type LoadRagEngine = () => Promise<RagEngine>;
