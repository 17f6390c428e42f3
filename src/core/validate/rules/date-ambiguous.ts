import { isDigit } from "../../text/char-codes";
import type { Action } from "../../model/action";
import { cellAddress, columnNumber } from "../../model/address";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { dayOrderEvidence } from "../../parse/timescale/day-order";
import { formatDate } from "../../rag/format-date";
import type { ValidationRule } from "../rule";
import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

/** The day the ambiguous date was read as: a window's (or a week's) first day, else its due date. */
const readAs = (action: Action): string => {
  const day = action.timescale.start ?? action.timescale.due;
  return day === null ? "no date" : formatDate(day);
};

// docs/RULES.md rule 31: both parts ≤ 12, read day first (UK).
const bothWays = timescaleFlagRule(
  "date-ambiguous",
  "warning",
  "Date that reads both ways",
  (action, text) =>
    `${who(action)} has "${text}", which could be day/month or month/day; it is read as ${readAs(action)} (day first, UK). Write the month as a word to be sure.`
);

const NUMERIC_DATE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\s*$/;
// An Excel date shown day first ("dd/mm/yyyy"): the author sees and types dates that way round.
const DAY_FIRST_FORMAT = /^\W*d{1,2}\W+m{1,2}\W/i;

// Only text starting with a digit (after white space) can be a numeric date, and only such text is
// evidence of day order: "By Mar 2023" and "Spring 2023" are passed over here, not one by one by the
// pattern in dayOrderEvidence.
const mayBeNumericDate = (text: string): boolean => {
  const first = text.charCodeAt(0);
  if (isDigit(first)) return true;
  // A printable ASCII character is no white space: the text starts with it, and it is no digit.
  if (first > 32 && first < 127) return false;
  return isDigit(text.trimStart().charCodeAt(0));
};

/**
 * docs/DATES.md: "A column in which some first parts exceed 12 confirms d/m." Where the column's other
 * dates confirm day first (30/04/23, or real dates formatted dd/mm/yyyy) and none reads month first,
 * 01/06/23 is the 1st of June beyond reasonable doubt: a warning on every such date would be noise,
 * so it stays as a note. A column with no evidence, or evidence both ways (someone typed 01/16/2018),
 * keeps the warning.
 */
interface DueColumn {
  // Each distinct text once: the evidence is whether any text reads one way or the other, and a
  // plan repeats the same few hundred dates across 100,000 actions.
  values: Set<string>;
  dayFirstFormat: boolean;
}

const confirmedDayFirst = (snapshot: WorkbookSnapshot, actions: readonly Action[]): Set<string> => {
  const formats = new Map(snapshot.sheets.map((s) => [s.name, s.numberFormats]));
  // By sheet, then column number: no key string per action; one formatted date is enough to know the column's.
  const bySheet = new Map<string, Map<number, DueColumn>>();
  // Due cells come column by column: the last one's entry is kept at hand.
  let lastSheet = "";
  let lastColumn = 0;
  let column: DueColumn | undefined;
  for (let i = 0; i < actions.length; i += 1) {
    const action = actions[i];
    const cell = action.cells.due;
    if (!cell) continue;
    if (column === undefined || cell.sheet !== lastSheet || cell.column !== lastColumn) {
      lastSheet = cell.sheet;
      lastColumn = cell.column;
      let columns = bySheet.get(cell.sheet);
      if (!columns) bySheet.set(cell.sheet, (columns = new Map()));
      column = columns.get(cell.column);
      if (!column)
        columns.set(cell.column, (column = { values: new Set(), dayFirstFormat: false }));
    }
    if (typeof cell.value === "string") {
      if (mayBeNumericDate(cell.value)) column.values.add(cell.value);
    } else if (
      typeof cell.value === "number" &&
      !column.dayFirstFormat &&
      DAY_FIRST_FORMAT.test(formats.get(cell.sheet)?.[cellAddress(cell.row, cell.column)] ?? "")
    )
      column.dayFirstFormat = true;
  }
  const confirmed = new Set<string>();
  for (const [sheet, columns] of bySheet) {
    for (const [number, column] of columns) {
      const evidence = dayOrderEvidence([...column.values]);
      if (evidence === "dmy" || (evidence === "none" && column.dayFirstFormat))
        confirmed.add(`${sheet}\u0001${number}`);
    }
  }
  return confirmed;
};

export const dateAmbiguous: ValidationRule = {
  ...bothWays,
  check: (context) => {
    const issues = bothWays.check(context);
    if (issues.length === 0) return issues;
    const confirmed = confirmedDayFirst(context.snapshot, context.model.actions);
    return issues.map((issue) => {
      const text = typeof issue.value === "string" ? issue.value : "";
      if (
        !NUMERIC_DATE.test(text) ||
        !confirmed.has(`${issue.sheet}\u0001${columnNumber(issue.column)}`)
      )
        return issue;
      return {
        ...issue,
        severity: "info",
        message: `${issue.message.replace(/ Write the month as a word to be sure\.$/, "")} The column's other dates are written day first, so this is very likely right; writing the month as a word removes all doubt.`,
      };
    });
  },
};
