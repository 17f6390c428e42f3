import { rowNoteRule } from "../shared/row-note-rule";

// docs/RULES.md rule 15: a row whose values sit k columns left, found by its date and 0–5 rating fingerprint.
export const rowShifted = rowNoteRule(
  "row-shifted",
  "row-shifted",
  "error",
  "Row whose values sit in the wrong columns",
  (note) =>
    `The values in row ${note.row} sit ${note.shift} column${note.shift === 1 ? "" : "s"} to the left of their headings (the date and ratings are out of place). Plan Tracker read them re-aligned; move the cells ${note.shift} column${note.shift === 1 ? "" : "s"} to the right to fix the row.`
);
