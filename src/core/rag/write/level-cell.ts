import type { RagLevel } from "../../model/rag-level";
import type { StyledCell } from "../../write-plan/sheet-builder";
import { type LevelSet, levelText } from "../level-presets";

/** A RAG cell as Plan Tracker writes it: glyph and label (never colour alone), fill, AA-contrast text. */
export const levelCell = (levels: LevelSet, level: RagLevel, fill?: string): StyledCell => ({
  value: levelText(levels, level),
  fill: fill ?? levels[level].fill,
  format: { fontColour: levels[level].fontColour, bold: level === "red", vertical: "top" },
});
