import { isBlank } from "../../model/cell-value";
import { cellAt } from "../../snapshot/sheet-access";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { hasHeading } from "../shared/headed-columns";

/**
 * docs/RULES.md rule 5: a row wider than its header (a flattened table pasted into a cell run). Detection
 * notes a row with values past the last column it mapped; only values under no heading at all are
 * the fault — a column headed "Notes" or "schedule_comment" is read by people even if not by us.
 */
export const extraCell: ValidationRule = {
  code: "extra-cell",
  severity: "warning",
  title: "Row wider than its header",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const note of model.rowNotes) {
      if (note.kind !== "extra-cell") continue;
      const sheet = snapshot.sheets.find((s) => s.name === note.sheet);
      if (!sheet) continue;
      const width = sheet.firstColumn + (sheet.values[note.row - sheet.firstRow]?.length ?? 0);
      let unheaded: number | null = null;
      for (let column = note.column; column < width && unheaded === null; column += 1)
        if (
          !isBlank(cellAt(sheet, note.row, column)) &&
          !hasHeading(snapshot, model, note.tableId, column)
        )
          unheaded = column;
      if (unheaded === null) continue;
      issues.push(
        issueAt(
          "extra-cell",
          "warning",
          refIn(snapshot, note.sheet, note.row, unheaded),
          null,
          `Row ${note.row} has values to the right of the last heading; they belong to no column and are not read. Move them into the right column or delete them.`
        )
      );
    }
    return issues;
  },
};
