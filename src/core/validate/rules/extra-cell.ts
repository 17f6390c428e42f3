import { rowNoteRule } from "../shared/row-note-rule";

// DOMAIN §9 rule 5: a row wider than its header (a flattened table pasted into a cell run).
export const extraCell = rowNoteRule("extra-cell", "extra-cell", "warning", "Row wider than its header", (note) =>
  `Row ${note.row} has values to the right of the last heading; they belong to no column and are not read. Move them into the right column or delete them.`,
);
