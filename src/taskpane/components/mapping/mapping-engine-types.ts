import type { loadMappingView, previewEffect, saveMapping } from "./mapping-engine";

/**
 * The Mapping view's seam to the workbook: the engine's worker, the lazily loaded module, or a
 * stand-in in tests. Only what the view calls; checking an edit is part of previewing and saving.
 */
export interface MappingEngine {
  loadMappingView: typeof loadMappingView;
  previewEffect: typeof previewEffect;
  saveMapping: typeof saveMapping;
}

export type LoadMappingEngine = () => Promise<MappingEngine>;
