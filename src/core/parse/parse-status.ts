import { cellText, isExcelError, type CellValue } from "../model/cell-value";
import type { RagLevel } from "../model/rag-level";
import type { StatusEntry, StatusVocabulary } from "../model/status-vocabulary";
import { isDateFormat } from "./excel-date";
import { statusKey, statusParts } from "./status-key";

export { nearestColourMatch, nearestLevelByColour, type ColourMatch } from "./status-colour";

// isExcelError narrows its argument to string; on text already known to be a string that would leave `never` behind.
const isErrorText = (text: string): boolean => isExcelError(text);

/** A status cell read through a council's vocabulary (docs/STATUSES.md). */
export type StatusReading =
  | {
      kind: "level";
      level: RagLevel;
      source: "label" | "glyph" | "number" | "tick";
      /** The number on a numeric scale (Thurrock 1–5), else null. */
      score: number | null;
      /** The cell's glyph belongs to another level than its label (`◆ Compromised`, 000 L128): rule 43. */
      glyphMismatch?: { glyph: string; glyphLevel: RagLevel };
      /** The entry's own name ("Amber/Red"), where the vocabulary gives one. */
      label?: string;
      /** Place on the vocabulary's ordered ladder, where it has one. */
      rank?: number;
      /** Not a rating: withheld or withdrawn (see StatusEntry). */
      standing?: StatusEntry["standing"];
    }
  | { kind: "blank" }
  /** A rating of 0: not rated, excluded from averages (docs/STATUSES.md rule 2). */
  | { kind: "zero" }
  | { kind: "invalid"; reason: "serial-zero" | "out-of-scale" | "unknown-text"; text: string };

export interface StatusOptions {
  /** What a tick means here, when the row says it (a GCC legend or DASHBOARD row); else the vocabulary's tick level. */
  tickLevel?: RagLevel;
}

// Shapes people put beside status labels; separated from the label even when the vocabulary does not know them.
const SHAPES = "■□▪▫◼◻◾◽◆◇♦▲△▼▽►◄●○◉•★☆✓✔✗✘✖❌⬤⬛⬜🔴🟠🟡🟢🔵⚫⚪–";

const tidy = (text: string): string =>
  text
    .replace(/[\s\u00A0]+/g, " ")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .trim()
    .toLowerCase();

const codePoints = (text: string): string[] => Array.from(text);

const firstCharacter = (text: string): string | null => {
  const code = text.codePointAt(0);
  return code === undefined ? null : String.fromCodePoint(code);
};

const lastCharacter = (text: string): string | null => {
  if (text.length === 0) return null;
  const low = text.charCodeAt(text.length - 1);
  const high = text.length > 1 ? text.charCodeAt(text.length - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(text.length - (pair ? 2 : 1));
};

// The shapes any status may carry and the vocabulary's own glyphs, gathered once per vocabulary:
// a status word is read against every vocabulary in turn, and a set per reading was a third of it.
const glyphSets = new WeakMap<StatusVocabulary, ReadonlySet<string>>();
const glyphsOf = (vocabulary: StatusVocabulary): ReadonlySet<string> => {
  let known = glyphSets.get(vocabulary);
  if (!known) {
    known = new Set([
      ...codePoints(SHAPES),
      ...vocabulary.entries.flatMap((entry) => entry.glyphs),
    ]);
    glyphSets.set(vocabulary, known);
  }
  return known;
};

/** Split a leading or trailing shape off the label: `◆ Compromised` → glyph ◆, label "compromised". */
const splitGlyph = (
  text: string,
  vocabulary: StatusVocabulary
): { glyph: string | null; label: string } => {
  const known = glyphsOf(vocabulary);
  // Only the first and last characters can be a glyph, so only they are looked at (a shape may be
  // outside the Basic Multilingual Plane, as 🔴 is: two UTF-16 units).
  const first = firstCharacter(text);
  if (first !== null && known.has(first))
    return { glyph: first, label: tidy(text.slice(first.length)) };
  const last = lastCharacter(text);
  if (last !== null && last.length < text.length && known.has(last))
    return { glyph: last, label: tidy(text.slice(0, text.length - last.length)) };
  return { glyph: null, label: tidy(text).replace(/[.:;!]+$/, "") };
};

interface KeyedLabel {
  key: string;
  entry: StatusEntry;
}

// Each vocabulary's labels are put in comparable form once, not once per cell.
const keyedLabels = new WeakMap<StatusVocabulary, KeyedLabel[]>();
const labelsOf = (vocabulary: StatusVocabulary): KeyedLabel[] => {
  let keyed = keyedLabels.get(vocabulary);
  if (!keyed) {
    keyed = vocabulary.entries
      .flatMap((entry) => entry.labels.map((label) => ({ key: statusKey(label), entry })))
      .filter((label) => label.key !== "");
    keyedLabels.set(vocabulary, keyed);
  }
  return keyed;
};

const entryOfKey = (text: string, vocabulary: StatusVocabulary): StatusEntry | null => {
  let best: KeyedLabel | null = null;
  for (const candidate of labelsOf(vocabulary)) {
    const matches =
      text === candidate.key ||
      (vocabulary.match === "prefix" &&
        text.startsWith(candidate.key) &&
        text.charAt(candidate.key.length) === " ");
    // The longest label wins, so "Completed and can be removed" beats a shorter "Completed".
    if (matches && (best === null || candidate.key.length > best.key.length)) best = candidate;
  }
  return best?.entry ?? null;
};

/**
 * The entry a label belongs to: the whole label first; else, for a compound such as
 * "Ongoing – delayed", the last part that is a rating (the qualifier says how it is going), or the
 * first part known at all.
 */
const entryOfLabel = (label: string, vocabulary: StatusVocabulary): StatusEntry | null => {
  const whole = entryOfKey(statusKey(label), vocabulary);
  if (whole) return whole;
  const parts = statusParts(label);
  if (parts.length < 2) return null;
  const known = parts
    .map((part) => entryOfKey(statusKey(part), vocabulary))
    .filter((entry): entry is StatusEntry => entry !== null);
  return [...known].reverse().find((entry) => entry.level !== "unrated") ?? known[0] ?? null;
};

const labelReading = (entry: StatusEntry): StatusReading => {
  const reading: StatusReading = {
    kind: "level",
    level: entry.level,
    source: "label",
    score: null,
  };
  if (entry.name !== undefined) reading.label = entry.name;
  if (entry.rank !== undefined) reading.rank = entry.rank;
  if (entry.standing !== undefined) reading.standing = entry.standing;
  return reading;
};

const levelOfGlyph = (glyph: string, vocabulary: StatusVocabulary): RagLevel | null =>
  vocabulary.entries.find((entry) => entry.glyphs.includes(glyph))?.level ?? null;

/** True when the cell holds only a tick mark of this vocabulary (`X`, `✓`, `✔`), or TRUE from a checkbox. */
export const isTickMark = (value: CellValue | undefined, vocabulary: StatusVocabulary): boolean => {
  if (value === true) return true;
  if (typeof value !== "string" || !vocabulary.ticks) return false;
  const text = tidy(value);
  return text !== "" && vocabulary.ticks.marks.some((mark) => tidy(mark) === text);
};

const readRating = (score: number, text: string, vocabulary: StatusVocabulary): StatusReading => {
  if (score === 0) return { kind: "zero" };
  const level = Number.isInteger(score) ? vocabulary.scale?.[score] : undefined;
  return level
    ? { kind: "level", level, source: "number", score }
    : { kind: "invalid", reason: "out-of-scale", text };
};

/**
 * Read one status cell. Labels decide, never glyphs (docs/STATUSES.md rule 1): `◆ Compromised` is red by its
 * label, with the mismatch reported because ◆ is amber in the GCC legend; a glyph alone is read by the
 * glyph. Numbers go through the vocabulary's scale, where 0 is "not rated" and anything else outside
 * it is invalid; a 0 shown as a date (`Jan-00`, 004 L326) is invalid serial-zero. Never throws.
 */
export const parseStatus = (
  value: CellValue | undefined,
  numberFormat: string | undefined,
  vocabulary: StatusVocabulary,
  options: StatusOptions = {}
): StatusReading => {
  if (value === null || value === undefined || value === false) return { kind: "blank" };
  const tickLevel = options.tickLevel ?? vocabulary.ticks?.level ?? "unrated";
  if (value === true) return { kind: "level", level: tickLevel, source: "tick", score: null };
  if (typeof value === "number") {
    const text = cellText(value);
    if (!Number.isFinite(value)) return { kind: "invalid", reason: "out-of-scale", text };
    if (isDateFormat(numberFormat))
      return {
        kind: "invalid",
        reason: Math.floor(value) === 0 ? "serial-zero" : "out-of-scale",
        text,
      };
    return readRating(value, text, vocabulary);
  }
  const text = value.replace(/[\s\u00A0]+/g, " ").trim();
  if (text === "") return { kind: "blank" };
  if (isErrorText(text)) return { kind: "invalid", reason: "unknown-text", text };
  if (isTickMark(text, vocabulary))
    return { kind: "level", level: tickLevel, source: "tick", score: null };
  if (/^[+-]?\d+(?:\.\d+)?$/.test(text)) return readRating(Number(text), text, vocabulary);

  const { glyph, label } = splitGlyph(text, vocabulary);
  const glyphLevel = glyph === null ? null : levelOfGlyph(glyph, vocabulary);
  if (label !== "") {
    const entry = entryOfLabel(label, vocabulary);
    if (entry === null) return { kind: "invalid", reason: "unknown-text", text };
    const reading = labelReading(entry);
    if (
      reading.kind === "level" &&
      glyph !== null &&
      glyphLevel !== null &&
      glyphLevel !== entry.level
    )
      reading.glyphMismatch = { glyph, glyphLevel };
    return reading;
  }
  return glyphLevel !== null
    ? { kind: "level", level: glyphLevel, source: "glyph", score: null }
    : { kind: "invalid", reason: "unknown-text", text };
};
