import type { RowNote, RowNoteKind } from "../../parse/plan-model";
import type { Severity } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";

/** Rules that report a kind of row detection already recognised (blank, continuation, page text…). */
export const rowNoteRule = (
  kind: RowNoteKind,
  code: string,
  severity: Severity,
  title: string,
  message: (note: RowNote) => string
): ValidationRule => ({
  code,
  severity,
  title,
  check: ({ snapshot, model }) =>
    model.rowNotes
      .filter((note) => note.kind === kind)
      .map((note) =>
        issueAt(
          code,
          severity,
          refIn(snapshot, note.sheet, note.row, note.column),
          null,
          message(note)
        )
      ),
});
