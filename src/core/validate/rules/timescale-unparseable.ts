import type { Action } from "../../model/action";
import { cellText } from "../../model/cell-value";
import type { ValidationRule } from "../rule";
import { timescaleFlagRule, who } from "../shared/timescale-flag-rule";

// Text that says why there is no date ("Exempt under Section 22 of the Freedom of Information Act",
// "Not provided", "Withheld") is an answer, not a badly written date: asking for "June 2023" is wrong.
const REASON_FOR_NO_DATE =
  /\b(?:exempt|withheld|redacted|not (?:provided|available|disclosed|published|known))\b/i;

// docs/RULES.md rule 27: text outside the timescale grammar of docs/DATES.md.
const unreadable = timescaleFlagRule(
  "timescale-unparseable",
  "error",
  "Timescale that is not a date",
  (action, text) =>
    `${who(action)} has the timescale "${text}", which is not a date Plan Tracker can read. Write it as a month ("June 2023"), a date ("30/06/2023"), a season ("Autumn 2023") or "Ongoing".`
);

/** As the grammar's flag, except that a stated reason for having no date is a note, not an error. */
export const timescaleUnparseable: ValidationRule = {
  ...unreadable,
  check: (context) => {
    // The actions by sheet and row (the last of a row, as before), made only when a reason is found:
    // a key per action was 100,000 strings on a large plan, most of which have no such timescale.
    let byRow: Map<string, Action> | undefined;
    return unreadable.check(context).map((issue) => {
      const text = cellText(issue.value).trim();
      if (!REASON_FOR_NO_DATE.test(text) || /\d{1,2}[/.-]\d{1,2}/.test(text)) return issue;
      byRow ??= new Map(context.model.actions.map((a) => [`${a.sheet}!${a.row}`, a]));
      const action = byRow.get(`${issue.sheet}!${issue.row}`);
      const subject = action ? who(action) : `Row ${issue.row}`;
      return {
        ...issue,
        severity: "info",
        message: `${subject} gives no date ("${text.length > 80 ? `${text.slice(0, 79)}…` : text}"), so it cannot be checked for lateness. Add the date when it can be published.`,
      };
    });
  },
};
