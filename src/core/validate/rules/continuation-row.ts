import { quote } from "../rule";
import { rowNoteRule } from "../shared/row-note-rule";

// DOMAIN §9 rule 13: text with no Ref, owner or date is the tail of the row above, split by a paste.
export const continuationRow = rowNoteRule("continuation-row", "continuation-row", "error", "Text row with no Ref, owner or date: the tail of the row above", (note) =>
  `Row ${note.row} has text (${quote(note.text)}) but no Ref, owner or date, so it reads as the end of the row above that was split off. Move the text into the row above and delete this row.`,
);
