/**
 * Status words as people read them, so "Amber / Green", "amber-green" and "A/G" are one word, and so
 * are "On-Hold" and "on hold". A number leading a dropdown's item ("1. Not yet started", "3 - Ongoing")
 * only orders the list: it is dropped here, never read as a score.
 */
const LIST_NUMBER = /^\s*\d{1,2}\s*[.):\-\u2010-\u2015]\s*(?=[^\d\s])/;
const SEPARATORS = /[\s\u00A0/\\\-\u2010-\u2015_.,;:!?()[\]&+'\u2018\u2019"|*]+/g;

export const statusKey = (text: string): string =>
  text.toLowerCase().replace(LIST_NUMBER, "").replace(SEPARATORS, " ").trim();

/** Whether the text starts with a list number ("1. …", "2 - …"). */
export const hasListNumber = (text: string): boolean => LIST_NUMBER.test(text);

// "Ongoing – delayed", "In progress - at risk": a status and a qualifier, each a word of its own.
const PART_BREAK = /\s+[-\u2010-\u2015]\s+/;

/** The parts of a compound status, after any list number; one part when it is not compound. */
export const statusParts = (text: string): string[] =>
  text
    .replace(LIST_NUMBER, "")
    .split(PART_BREAK)
    .filter((part) => part.trim() !== "");
