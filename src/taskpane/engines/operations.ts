import { enterPeriodActuals, listActuals } from "./actuals";
import { analysePane } from "./analyse";
import { liveCheckMap } from "./live-check";
import { listMyActions, loadUpdateForm, updateMyAction } from "./my-actions";
import { loadMappingView, previewEffect, saveMapping } from "./mapping";
import type { Engines, OperationTable } from "./operation";
import { rate, recordPeriod, refresh } from "./rag";
import { generate, listMeasures } from "./report";

/**
 * Every engine operation the pane runs, by name: the one list. The engine's worker serves each entry,
 * the page's client calls each by name, and the types of each request and answer follow from the
 * function itself; adding an operation is one entry here (docs/ARCHITECTURE.md#adding-an-engine-operation).
 * The page imports only this table's type: its code loads in the worker, or in the pane's own thread
 * where there is no Worker.
 */
export const ENGINE_OPERATIONS = {
  // Validate
  analysePane,
  // RAG
  rate,
  refresh,
  recordPeriod,
  // Report
  generate,
  listMeasures,
  // Mapping
  loadMappingView,
  previewEffect,
  saveMapping,
  // My actions
  listMyActions,
  loadUpdateForm,
  updateMyAction,
  // Actuals
  listActuals,
  enterPeriodActuals,
  // Live checking (the listening stays in the pane's thread)
  liveCheckMap,
} satisfies OperationTable;

export type EngineOperations = typeof ENGINE_OPERATIONS;

/** The pane's engines as a view calls them (each view takes the few it uses: RagEngine, ReportEngine, ...). */
export type PaneEngines = Engines<EngineOperations>;
