import type { RagLevel } from "../../model/rag-level";
import type { StyledCell } from "../../write-plan/sheet-builder";
import { type LevelSet, levelText } from "../level-presets";

/**
 * A RAG cell as Plan Tracker writes it: glyph and label (never colour alone), fill, AA-contrast text.
 * Only red is bold; the others say nothing about weight, which on the freshly cleared sheets these
 * cells go to is not bold already (and costs no bytes in a 100,000-row register).
 */
export const levelCell = (levels: LevelSet, level: RagLevel, fill?: string): StyledCell => ({
  value: levelText(levels, level),
  fill: fill ?? levels[level].fill,
  format: {
    fontColour: levels[level].fontColour,
    ...(level === "red" ? { bold: true } : {}),
    vertical: "top",
  },
});
