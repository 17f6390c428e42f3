import { quote } from "../rule";
import { rowNoteRule } from "../shared/row-note-rule";

// docs/RULES.md rule 17: page furniture from a Word or PDF export ("This page is intentionally left blank").
export const pageText = rowNoteRule(
  "page-text",
  "page-text",
  "info",
  "Page furniture inside a table",
  (note) =>
    `Row ${note.row} holds page text ${quote(note.text)} copied from a printed document; Plan Tracker ignores it. Delete the row.`
);
