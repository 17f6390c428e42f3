import type { PaneEngines } from "../../engines/operations";

/**
 * The Mapping view's seam to the workbook: the operations it runs (engines/operations.ts), or a
 * stand-in in tests. Only what the view calls; checking an edit is part of previewing and saving.
 */
export type MappingEngine = Pick<PaneEngines, "loadMappingView" | "previewEffect" | "saveMapping">;

export type LoadMappingEngine = () => Promise<MappingEngine>;
