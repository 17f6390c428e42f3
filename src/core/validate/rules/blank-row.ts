import { rowNoteRule } from "../shared/row-note-rule";

// docs/RULES.md rule 7: empty or dash-only separator rows inside a table are skipped, and said so.
export const blankRow = rowNoteRule(
  "blank-row",
  "blank-row",
  "info",
  "Empty or separator row inside a table",
  (note) =>
    `Row ${note.row} inside the table is empty${note.text ? " apart from a separator" : ""}; Plan Tracker skips it. Delete the row if it is not needed.`
);
