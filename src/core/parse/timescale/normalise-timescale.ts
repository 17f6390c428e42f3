import { normaliseText } from "../../text/normalise-text";
import { stripHtml } from "../../text/strip-html";

/** Timescale text ready for matching, and whether the cell itself needed tidying (`text-normalise`). */
export interface TimescaleText {
  text: string;
  /** The cell had NBSP, stray or doubled spaces, a split ordinal (`1 st`) or a spaced year (`2 0 2 2`). */
  tidied: boolean;
}

/**
 * docs/DATES.md "Normalise first": trim, collapse whitespace, join split ordinals and spaced years, case-fold.
 * Beyond that, only spellings that carry no meaning are unified here (dashes, `onward`, `the`), so each
 * form's matcher sees one spelling. HTML is dropped silently: `html-in-cell` is raised on its own.
 */
export const normaliseTimescale = (raw: string): TimescaleText => {
  const tidy = normaliseText(raw);
  const text = stripHtml(tidy.text)
    .text.toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-") // en and em dashes, minus signs
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bonward\b/g, "onwards")
    .replace(/\bon-going\b|\bon going\b/g, "ongoing")
    .replace(/\b(by|to|end of|until|from|before) the\b/g, "$1")
    .replace(/\bthe end of\b/g, "end of")
    .replace(/[.,;:!]+$/, "")
    .trim();
  return { text, tidied: tidy.changed };
};
