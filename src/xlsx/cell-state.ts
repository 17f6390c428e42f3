import type { Cell, CellErrorValue, CellHyperlinkValue, CellValue, RichText, Style } from "exceljs";
import type { KeptCellState } from "../core/undo/kept-cell";
import { colourToHex, solidFillColour } from "./fill-colour";
import { normaliseCellValue } from "./read-cell-value";

/**
 * A cell's state for Undo last run, read and put back in exceljs terms (core/undo/kept-cell.ts).
 */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * exceljs hands every cell read with the same style id one shared style object, so setting one
 * cell's fill through `cell.fill = …` would paint every cell sharing it. A cell gets its own copy
 * before any of its formats change; exceljs merges equal styles again when it saves.
 */
export const ownStyle = (cell: Cell): void => {
  cell.style = { ...cell.style };
};

const isMergeSlave = (cell: Cell): boolean => cell.isMerged && cell.master !== cell;

/** Only what hex colours cannot say needs the whole style kept: theme or indexed colours, patterns, gradients. */
const needsWholeStyle = (cell: Cell, styleJson: string): boolean => {
  // No style at all ("{}", two characters) is put back as exactly that, not as an empty font and fill.
  if (styleJson === "{}" || /"(theme|indexed)"\s*:/.test(styleJson)) return true;
  const fill: unknown = cell.style.fill;
  if (fill === undefined) return false;
  if (!isRecord(fill) || fill.type !== "pattern") return true;
  return !(fill.pattern === "none" || (fill.pattern === "solid" && solidFillColour(fill) !== null));
};

export const readCellState = (cell: Cell): KeptCellState => {
  const slave = isMergeSlave(cell);
  const formula =
    !slave && typeof cell.formula === "string" && cell.formula !== "" ? `=${cell.formula}` : null;
  const font: unknown = cell.style.font;
  const styleJson = JSON.stringify(cell.style ?? {});
  const state: KeptCellState = {
    // A merged area's value lives in its first cell (Excel reads the others as empty).
    value: slave ? null : normaliseCellValue(cell.value),
    formula,
    numberFormat: typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : "General",
    fill: solidFillColour(cell.style.fill),
    fontColour: isRecord(font) ? colourToHex(font.color) : null,
    bold: isRecord(font) && font.bold === true,
  };
  if (needsWholeStyle(cell, styleJson)) state.style = styleJson;
  return slave || formula !== null ? state : { ...state, ...valueDetail(cell.value) };
};

/** What a plain value loses of an error value, a link or formatted text (core/undo/value-detail.ts). */
const valueDetail = (value: unknown): Pick<KeptCellState, "error" | "link" | "runs"> => {
  if (!isRecord(value)) return {};
  if (typeof value.error === "string") return { error: true };
  const detail: Pick<KeptCellState, "error" | "link" | "runs"> = {};
  if (typeof value.hyperlink === "string")
    detail.link = {
      address: value.hyperlink,
      ...(typeof value.tooltip === "string" ? { tip: value.tooltip } : {}),
    };
  const shown: unknown = typeof value.hyperlink === "string" ? value.text : value;
  if (isRecord(shown) && Array.isArray(shown.richText))
    detail.runs = JSON.stringify(shown.richText);
  return detail;
};

const parseRuns = (json: string): RichText[] | null => {
  try {
    const runs: unknown = JSON.parse(json);
    return Array.isArray(runs) && runs.every((run) => isRecord(run) && typeof run.text === "string")
      ? (runs as RichText[])
      : null;
  } catch {
    return null;
  }
};

/** A kept plain value with what it had beside it put back: error, formatted runs, link. */
const keptValue = (state: KeptCellState): CellValue => {
  if (state.error === true && typeof state.value === "string")
    return { error: state.value } as CellErrorValue;
  const plain = state.value === "" ? null : state.value;
  const runs = state.runs === undefined ? null : parseRuns(state.runs);
  const shown = runs === null ? plain : { richText: runs };
  if (state.link === undefined) return shown;
  return {
    text: shown ?? "",
    hyperlink: state.link.address,
    ...(state.link.tip !== undefined ? { tooltip: state.link.tip } : {}),
  } as CellHyperlinkValue;
};

const parseStyle = (json: string): Partial<Style> | null => {
  try {
    const parsed: unknown = JSON.parse(json);
    return isRecord(parsed) ? (parsed as Partial<Style>) : null;
  } catch {
    return null;
  }
};

/** Put a kept cell back: its whole style where it was kept, else its number format, fill and font; then its formula or value. */
export const writeCellState = (cell: Cell, state: KeptCellState): void => {
  const whole = state.style === undefined ? null : parseStyle(state.style);
  if (whole !== null) {
    cell.style = whole;
  } else {
    ownStyle(cell);
    const style = cell.style;
    if (state.numberFormat === "General") delete style.numFmt;
    else style.numFmt = state.numberFormat;
    if (state.fill === null) delete style.fill;
    else if (state.fill !== undefined)
      style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(state.fill) } };
    if (state.fontColour !== undefined || state.bold !== undefined) {
      const font = { ...style.font };
      if (state.fontColour === null) delete font.color;
      else if (state.fontColour !== undefined) font.color = { argb: argb(state.fontColour) };
      if (state.bold === true) font.bold = true;
      else if (state.bold === false) delete font.bold;
      if (Object.keys(font).length > 0) style.font = font;
      else delete style.font;
    }
  }
  if (isMergeSlave(cell)) return;
  // A string is stored as a string, so text that starts with "=" never becomes a formula.
  cell.value =
    state.formula !== null
      ? { formula: state.formula.replace(/^=/, ""), result: state.value ?? undefined }
      : keptValue(state);
};
