import type { checkEdited, loadMappingView, previewEffect, saveMapping } from "./mapping-engine";

/** The Mapping view's seam to the workbook: the lazily loaded module, or a stand-in in tests. */
export interface MappingEngine {
  loadMappingView: typeof loadMappingView;
  checkEdited: typeof checkEdited;
  previewEffect: typeof previewEffect;
  saveMapping: typeof saveMapping;
}

export type LoadMappingEngine = () => Promise<MappingEngine>;
