import { RAG_LEVELS } from "../model/rag-level";
import type { LevelSet } from "../rag/level-presets";
import type { MappedLevel } from "./mapping";

/** A set of level styles as a mapping's levels, in the ladder's order (no status words of their own). */
export const mappedLevels = (levels: LevelSet): MappedLevel[] =>
  RAG_LEVELS.map((id) => {
    const style = levels[id];
    return {
      id,
      label: style.label,
      meaning: style.meaning,
      glyph: style.glyph,
      fill: style.fill,
      fontColour: style.fontColour,
    };
  });
