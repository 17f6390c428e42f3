import type { RagLevel } from "../model/rag-level";
import { isoToSerial } from "../parse/excel-date";
import type { LevelSet } from "../rag/level-presets";
import { levelCell } from "../rag/write/level-cell";
import type { StyledCell } from "../write-plan/sheet-builder";

/** How the report's cells look: plain table cells with borders, dark headings, blue section banners (AA contrast). */
const DARK = "#0B0C0C";
const BANNER = "#1D70B8";

export const titleCell = (text: string): StyledCell => ({ value: text, format: { bold: true } });
export const noteCell = (text: string): StyledCell => ({ value: text });
/** A section banner: the text in the first cell, the fill across the page so the band reads as one. */
export const bannerRow = (text: string, columns: number): StyledCell[] => [
  { value: text, fill: BANNER, format: { bold: true, fontColour: "#FFFFFF" } },
  ...Array.from({ length: columns - 1 }, (): StyledCell => ({ value: null, fill: BANNER })),
];
export const headCell = (text: string): StyledCell => ({
  value: text,
  fill: DARK,
  format: { bold: true, fontColour: "#FFFFFF", border: true, wrap: true, vertical: "top" },
});
export const textCell = (value: string | number | null): StyledCell => ({
  value,
  format: { border: true, wrap: true, vertical: "top" },
});
export const dateCell = (iso: string | null): StyledCell => {
  const serial = iso === null ? null : isoToSerial(iso);
  return serial === null
    ? textCell("No date")
    : { value: serial, numberFormat: "dd/mm/yyyy", format: { border: true, vertical: "top" } };
};

export interface LevelLook {
  levels: LevelSet;
  colourOf: (level: RagLevel) => string | undefined;
}

/** A rating: glyph and words with the fill (never colour alone), wrapped so a long label is never cut. */
export const ratingCell = (look: LevelLook, level: RagLevel): StyledCell => {
  const base = levelCell(look.levels, level, look.colourOf(level));
  return { ...base, format: { ...base.format, border: true, wrap: true } };
};
export const ratingHead = (look: LevelLook, level: RagLevel): StyledCell => {
  const base = ratingCell(look, level);
  return { ...base, format: { ...base.format, bold: true } };
};

/** "+2", "−1", "no change": a change since the last period, with words not only a sign. */
export const changeText = (delta: number): string =>
  delta === 0 ? "no change" : delta > 0 ? `up ${delta}` : `down ${-delta}`;

/** The first sentence or so of a long text, for the one-page dashboard; the evidence carries it whole. */
export const shortened = (text: string, limit: number): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).replace(/\s+\S*$/, "")}…`;
};
