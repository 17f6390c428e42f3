import type { Action } from "../../model/action";
import { parseOwners, type OwnerReading } from "../../parse/parse-owners";
import type { Severity } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { who } from "./timescale-flag-rule";

type OwnerFlag = OwnerReading["flags"][number];

/** Rules raised by the owner reader's flags (DOMAIN §9 rules 20–25), one per flag. */
export const ownerFlagRule = (
  flag: OwnerFlag,
  severity: Severity,
  title: string,
  message: (action: Action, reading: OwnerReading) => string,
): ValidationRule => ({
  code: flag,
  severity,
  title,
  check: ({ model }) =>
    model.actions
      .filter((action) => !action.placeholder && action.cells.owner !== undefined)
      .flatMap((action) => {
        const reading = action.ownerReading ?? parseOwners(action.ownerText);
        return reading.flags.includes(flag) ? [issueAt(flag, severity, action.cells.owner!, "owner", message(action, reading))] : [];
      }),
});

export { who };
