import { undoLastRun } from "../app/undo-last-run";
import { undoneSentence } from "../core/undo/undo-sentences";
import type { XlsxGateway } from "../xlsx/xlsx-gateway";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import { type RunContext, sayText } from "./run-context";
import { saveCopyOrSay } from "./save-copy";
import { isSameFile } from "./same-file";

/**
 * `plan-tracker undo <file> --out <copy>`: the pane's "Undo last run" on a copy (docs/HISTORY.md#issue-12-5). The
 * record is read from the workbook, held to where Plan Tracker writes in this plan by its mapping
 * (or --schema), and put back whole or not at all; the copy is saved only when all of it went back.
 * Nothing to undo, a record that was altered, or a cell changed since the run: one sentence, exit 2.
 */
export const undoIntoCopy = async (
  run: RunContext,
  gateway: XlsxGateway,
  file: string,
  asOf: string
): Promise<number> => {
  const { io, args, mapping } = run;
  const out = args.write ?? "";
  if (isSameFile(out, file)) {
    io.err("--out must name a new file: Plan Tracker never changes the workbook it reads.");
    return EXIT_UNUSABLE;
  }
  const undone = await undoLastRun(gateway, { asOf, mapping });
  if (!undone.ok) {
    io.err(undone.error.message);
    return EXIT_UNUSABLE;
  }
  if (!(await saveCopyOrSay(gateway, out, io.err))) return EXIT_UNUSABLE;
  const { restored, label, removed, skipped } = undone.value;
  sayText(run, `${undoneSentence(restored, label, removed)} Written to ${out}.`);
  for (const note of skipped ?? []) io.err(note);
  return EXIT_OK;
};
