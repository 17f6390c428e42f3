/**
 * How Plan Tracker recognises its own highlighting rules in a workbook, so a refresh replaces the
 * last refresh's rules instead of stacking a second set (and never touches a rule the council wrote).
 *
 * Why the formula and not a record kept in a sheet Plan Tracker owns: a record goes stale the moment
 * anyone deletes, copies or undoes rules (Undo last run does not rewrite Plan Tracker's own sheets),
 * and a file saved by an older version has rules but no record. The formula travels with the rule
 * itself. It is exactly what highlighting.ts writes, a shape no hand-written rule takes by chance:
 * AND(ISNUMBER(actual),ISNUMBER(target), then a gap ROUNDed to 10 places against 0 or against the
 * ROUNDed tolerance, the same two cells throughout. Colours are not part of it (a change of levels
 * in the mapping must still replace the old rules); a rule someone copied from ours is ours.
 */

const CELL = "[A-Z]{1,3}[0-9]{1,7}";
/** A tolerance as JavaScript writes a number: 0.05, 2, 1e-7. */
const NUMBER = "[0-9]+(?:\\.[0-9]+)?(?:E[-+]?[0-9]+)?";
const ALLOWED = `(?:ABS\\(\\k<t>\\)\\*${NUMBER}|${NUMBER})`;
/** How far the actual is from target: ROUND(t-a,10), ROUND(a-t,10), or on-target-is-best's ROUND(ABS(a-t)-allowed,10). */
const GAP = `ROUND\\((?:\\k<t>-\\k<a>|\\k<a>-\\k<t>|ABS\\(\\k<a>-\\k<t>\\)-${ALLOWED}),10\\)`;
const LIMIT = `ROUND\\(${ALLOWED},10\\)`;

const SIGNATURE = new RegExp(
  `^AND\\(ISNUMBER\\((?<a>${CELL})\\),ISNUMBER\\((?<t>${CELL})\\),` +
    // green: within target; amber: short, within tolerance (the same gap twice); red: beyond it.
    `(?:${GAP}<=0|(?<gap>${GAP})>0,\\k<gap><=${LIMIT}|${GAP}>${LIMIT})\\)$`
);

/** As Excel may hand a formula back: with or without "=", $ signs, spaces, any case. */
const normalised = (formula: string): string =>
  formula.replace(/^\s*=/, "").replace(/[\s$]/g, "").toUpperCase();

/** Whether a custom conditional format's formula is one of Plan Tracker's target-vs-actual highlighting rules. */
export const isHighlightingFormula = (formula: string): boolean =>
  SIGNATURE.test(normalised(formula));
