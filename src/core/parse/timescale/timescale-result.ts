import type { IsoDate, Timescale, TimescaleFlag, TimescaleKind } from "../../model/timescale";

interface TimescaleParts {
  start?: IsoDate | null;
  due?: IsoDate | null;
  approx?: boolean;
  revisions?: IsoDate[];
  flags?: TimescaleFlag[];
  suggestion?: IsoDate;
}

/**
 * Build a Timescale and add the flags its kind implies, so every path raises them the same way:
 * ONGOING and ONGOING_FROM are never overdue (`timescale-open`, rule 28); approximate dates are
 * `timescale-approx` (rule 29). Flags are de-duplicated and kept in the order first raised.
 */
export const timescaleOf = (kind: TimescaleKind, parts: TimescaleParts = {}): Timescale => {
  const approx = parts.approx ?? false;
  const flags = [...(parts.flags ?? [])];
  if (kind === "ONGOING" || kind === "ONGOING_FROM") flags.push("timescale-open");
  if (approx) flags.push("timescale-approx");
  const result: Timescale = {
    kind,
    start: parts.start ?? null,
    due: parts.due ?? null,
    approx,
    revisions: parts.revisions ?? [],
    flags: [...new Set(flags)],
  };
  if (parts.suggestion !== undefined) result.suggestion = parts.suggestion;
  return result;
};

/** No usable date: MISSING with the flag(s) that say why. */
export const missing = (flags: TimescaleFlag[], suggestion?: IsoDate): Timescale =>
  timescaleOf("MISSING", suggestion === undefined ? { flags } : { flags, suggestion });
