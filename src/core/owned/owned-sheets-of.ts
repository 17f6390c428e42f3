import { DEFAULT_SHEET_NAMES, OWNED_ROLES, type OwnedRole } from "../rag/write/owned-sheets";
import type { SheetSnapshot } from "../snapshot/workbook-snapshot";
import { holdsOwnedContent } from "./legacy-owned";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** Which sheet plays each role and what it is called; `found` is false when it is still to be created. */
export interface OwnedSheet {
  role: OwnedRole;
  name: string;
  found: boolean;
}

export interface OwnedSheets {
  of(role: OwnedRole): OwnedSheet;
  /** Whether a sheet is one of Plan Tracker's (by its mark, or its content for an unmarked old one or a kept report). */
  isOwned(sheet: string): boolean;
}

type SheetLike = Pick<SheetSnapshot, "name" | "mark"> & Partial<SheetSnapshot>;

/**
 * The names Plan Tracker may give a role's sheet when its own is not there: its usual name, then,
 * when a council sheet already has that name in any case, "Board report (Plan Tracker)", "… 2"…
 * (names that already say Plan Tracker just take the number), all within Excel's 31 characters.
 */
const candidates = function* (role: OwnedRole): Generator<string> {
  const usual = DEFAULT_SHEET_NAMES[role];
  yield usual;
  const other = usual.includes("Plan Tracker") ? usual : `${usual} (Plan Tracker)`;
  if (other !== usual) yield other;
  for (let n = 2; ; n += 1) {
    const suffix = ` ${n}`;
    yield other.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
};

const legacyOwned = (role: OwnedRole, sheet: SheetLike): boolean =>
  sheet.name.toLowerCase() === DEFAULT_SHEET_NAMES[role].toLowerCase() &&
  sheet.values !== undefined &&
  holdsOwnedContent(role, sheet as SheetSnapshot);

/**
 * Plan Tracker's sheets in a workbook: for each role, the sheet carrying its mark; else, for a
 * workbook written before the mark, the sheet with its usual name whose first cells are Plan
 * Tracker's (the executor marks it on the next write); else a name no sheet has (compared without
 * case, as Excel does), for a sheet to be created. A council's sheet is never taken, whatever its name.
 */
export const ownedSheetsOf = (sheets: readonly SheetLike[]): OwnedSheets => {
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const resolved = new Map<OwnedRole, OwnedSheet>();
  for (const role of OWNED_ROLES) {
    const sheet =
      sheets.find((s) => s.mark === role) ??
      sheets.find((s) => s.mark === undefined && legacyOwned(role, s));
    if (sheet) {
      resolved.set(role, { role, name: sheet.name, found: true });
      continue;
    }
    for (const name of candidates(role)) {
      if (taken.has(name.toLowerCase())) continue;
      taken.add(name.toLowerCase());
      resolved.set(role, { role, name, found: false });
      break;
    }
  }
  const owned = new Set(
    [...resolved.values()].filter((sheet) => sheet.found).map((sheet) => sheet.name.toLowerCase())
  );
  // An earlier period's report, kept unmarked so nothing writes to it again, is still never read as part of the plan.
  for (const sheet of sheets)
    if (sheet.values !== undefined && holdsOwnedContent("report", sheet as SheetSnapshot))
      owned.add(sheet.name.toLowerCase());
  return {
    of: (role) => resolved.get(role) as OwnedSheet,
    isOwned: (sheet) => owned.has(sheet.toLowerCase()),
  };
};
