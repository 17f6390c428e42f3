import { parseCellAddress } from "../../model/address";
import { issueAt, refIn, type ValidationRule } from "../rule";

/**
 * Formulas saved without their results (a workbook a program wrote and nobody has opened in Excel
 * since) read as empty, so every check over them passes silently and "No issues found" would be
 * untrue. Said once for the whole workbook, at the first such cell: the fix is the same for all of
 * them, and a line per cell would bury everything else.
 */
export const formulaUncalculated: ValidationRule = {
  code: "formula-uncalculated",
  severity: "warning",
  title: "Formulas saved without their calculated values",
  check: ({ snapshot }) => {
    const sheets = snapshot.sheets.filter(
      (sheet) => sheet.uncalculated !== undefined && sheet.uncalculated.cells > 0
    );
    const first = sheets[0]?.uncalculated;
    const at = first ? parseCellAddress(first.first) : null;
    if (!first || !at) return [];
    const cells = sheets.reduce((sum, sheet) => sum + (sheet.uncalculated?.cells ?? 0), 0);
    const says =
      cells === 1
        ? "1 cell holds a formula that was never calculated"
        : `${cells} cells hold formulas that were never calculated`;
    return [
      issueAt(
        "formula-uncalculated",
        "warning",
        refIn(snapshot, sheets[0].name, at.row, at.column),
        null,
        `${says}: open and save the workbook in Excel first.`
      ),
    ];
  },
};
