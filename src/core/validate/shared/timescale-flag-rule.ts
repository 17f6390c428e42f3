import type { Action } from "../../model/action";
import type { TimescaleFlag } from "../../model/timescale";
import type { Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

/** Rules raised by the timescale grammar's flags (DOMAIN §4, §9 rules 26–35), one per flag. */
export const timescaleFlagRule = (
  flag: TimescaleFlag,
  severity: Severity,
  title: string,
  message: (action: Action, text: string) => string,
): ValidationRule => ({
  code: flag,
  severity,
  title,
  check: ({ model }) =>
    model.actions
      .filter((action) => !action.placeholder && action.cells.due !== undefined && action.timescale.flags.includes(flag))
      .map((action) => {
        const cell = action.cells.due!;
        const text = cell.value === null ? "" : String(cell.value);
        return issueAt(flag, severity, cell, "due", message(action, text));
      }),
});

export const who = (action: Action): string => (action.ref ? `Action ${action.ref}` : `The action in row ${action.row}`);
