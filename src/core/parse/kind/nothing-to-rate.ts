import type { FiguresShape } from "./figures-shape";

/**
 * The one sentence said when a workbook holds nothing Plan Tracker can rate: what it does hold, in a
 * person's words, and why that means no ratings — never an error blamed on the person.
 */

/** A heading as a person would name it: a template's filling hint ("Completion Date - mmm/yy") left off. */
const headingName = (heading: string): string =>
  heading.replace(/\s+/g, " ").split(" - ")[0].trim();

const quoted = (items: readonly string[], most = 3): string => {
  const shown = items.slice(0, most).map((item) => `"${headingName(item)}"`);
  const more = items.length > most ? ` and ${items.length - most} more` : "";
  return `${shown.join(", ")}${more}`;
};

const sheetList = (sheets: readonly string[]): string =>
  sheets.length === 1 ? `sheet "${sheets[0]}"` : `sheets ${quoted(sheets)}`;

const statisticsWords = (shape: FiguresShape): string => {
  const what = shape.mostlyNumbers ? "figures" : "records";
  const when = shape.mostlyNumbers ? "year" : "date";
  if (shape.byArea && shape.byTime) return `${what} by area and ${when}`;
  if (shape.byArea) return `${what} by area`;
  if (shape.byTime) return `${what} by ${when}`;
  return `tables of ${what}`;
};

export const statisticsSentence = (name: string, shape: FiguresShape): string =>
  `${name} holds statistics (${statisticsWords(shape)}) but no actions or measures against targets, so there is nothing to rate.`;

export const emptySentence = (name: string): string =>
  `${name} has nothing in its sheets, so there is nothing to rate.`;

export const unreadPlanSentence = (
  name: string,
  headings: readonly string[],
  sheets: readonly string[]
): string =>
  `${name} has headings that look like a plan (${quoted(headings)} on ${sheetList(sheets)}) but no actions or measures against targets could be read from them, so there is nothing to rate; set its sheets and columns in Plan Tracker's mapping.`;

export const riskRegisterSentence = (
  name: string,
  riskSheets: readonly string[],
  planLike: readonly string[]
): string => {
  const alsoPlanLike =
    planLike.length > 0
      ? `; its other headings (${quoted(planLike)}) look like a plan, but no actions or measures against targets could be read from them, so there is nothing to rate (set them in Plan Tracker's mapping)`
      : ", and no actions or measures against targets, so there is nothing to rate";
  return `${name} holds a risk register (${sheetList(riskSheets)}: risks scored by likelihood and impact), which Plan Tracker recognises but does not rate yet${alsoPlanLike}.`;
};
