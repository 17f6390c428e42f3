import { issueAt, refIn, type ValidationRule } from "../rule";

/**
 * A workbook in which no table of actions or measures was recognised: say so once, plainly, rather
 * than report a clean bill of health on a workbook that was not understood (docs/HISTORY.md#issue-6-4).
 */
export const noPlanFound: ValidationRule = {
  code: "no-plan-found",
  severity: "error",
  title: "No plan table recognised in the workbook",
  check: ({ snapshot, model }) => {
    if (model.actions.length > 0 || model.measures.length > 0 || model.strayRows.length > 0)
      return [];
    const first = snapshot.sheets.find((s) => s.visibility === "visible") ?? snapshot.sheets[0];
    if (!first) return [];
    return [
      issueAt(
        "no-plan-found",
        "error",
        refIn(snapshot, first.name, first.firstRow, first.firstColumn),
        null,
        `No table of actions or measures was found in this workbook (Plan Tracker looks for header rows such as "Ref | Action | Lead | Deadline" or a measure with month columns), so nothing was checked. Check it is the plan workbook, or set the sheets and columns in Plan Tracker's mapping.`
      ),
    ];
  },
};
