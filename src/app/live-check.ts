import type { ChangeWatch, GatewayError, WorkbookGateway } from "../core/gateway";
import { areasToRead, type ChangedRange } from "../core/live-check/changed-areas";
import { checkCells, type CellFinding } from "../core/live-check/check-cells";
import { checkMapOf, type CheckMap } from "../core/live-check/check-map";
import { err, ok, type Result } from "../core/result";
import { readPlan } from "./analyse-workbook";
import { detectOptionsOf } from "./plan-settings";

/** A finding with what the cell was before this change, when live checking had seen it. */
export interface LiveFinding extends CellFinding {
  /** "wrong" then ok: it became right; "right" then not ok: it became wrong; null when first seen. */
  was: "wrong" | "right" | null;
}

/** What one burst of changes came to. */
export interface LiveReport {
  findings: LiveFinding[];
  /** Rows of a very large paste left unchecked, beyond what one read may bring back. */
  unchecked: number;
}

export interface LiveCheckOptions {
  /** How long the typing must pause before the burst is read (default 250 ms). */
  quietMs?: number;
  /** The longest a burst waits, however long the typing goes on (default 800 ms: re-checked within a second). */
  maxWaitMs?: number;
  /** Most cells one read brings back (default 100,000). */
  maxCells?: number;
  onError?: (message: string) => void;
  now?: () => number;
}

/** What live checking needs of the plan, from one fresh read (what Validate reads). */
export const liveCheckMap = async (
  gateway: WorkbookGateway
): Promise<Result<CheckMap, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  return ok(
    checkMapOf(
      plan.value.snapshot,
      plan.value.model,
      detectOptionsOf(plan.value.settings).datePolicy
    )
  );
};

/**
 * Live checking: while the pane is open, the cells people type or paste into the plan are re-checked
 * within a second. Changes are gathered into bursts (a pause in the typing, or at most maxWaitMs),
 * and each burst is one read of one range per sheet around the changed cells the plan's rules read;
 * never a read per cell, and nothing at all for changes outside the plan's tables. It never writes.
 * stop() ends it: the handler is removed and a read still under way is not reported.
 */
export const startLiveCheck = async (
  gateway: WorkbookGateway,
  map: CheckMap,
  onReport: (report: LiveReport) => void,
  options: LiveCheckOptions = {}
): Promise<Result<ChangeWatch, GatewayError>> => {
  if (!gateway.watchChanges || !gateway.readCells)
    return err({
      kind: "unsupported",
      message: "Live checking works inside Excel; here, run Validate after changing the workbook.",
    });
  const readCells = gateway.readCells.bind(gateway);
  const quietMs = options.quietMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 800;
  const now = options.now ?? (() => Date.now());
  const states = new Map<string, boolean>();
  let pending: ChangedRange[] = [];
  let burstStart = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reading = false;
  let stopped = false;

  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    const waited = now() - burstStart;
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(quietMs, maxWaitMs - waited)));
  };

  const flush = async (): Promise<void> => {
    timer = null;
    // One read at a time: changes that arrive meanwhile make the next burst.
    if (reading || stopped || pending.length === 0) return;
    const changes = pending;
    pending = [];
    const areas = areasToRead(map, changes, options.maxCells ?? 100_000);
    if (areas.ranges.length === 0) return;
    reading = true;
    const read = await readCells(areas.ranges);
    reading = false;
    if (stopped) return;
    if (!read.ok) options.onError?.(read.error.message);
    else {
      const findings = checkCells(map, read.value).map((finding): LiveFinding => {
        const key = `${finding.sheet}!${finding.address}`;
        const before = states.get(key);
        states.set(key, finding.ok);
        return { ...finding, was: before === undefined ? null : before ? "right" : "wrong" };
      });
      if (findings.length > 0 || areas.clipped > 0)
        onReport({ findings, unchecked: areas.clipped });
    }
    if (pending.length > 0) {
      burstStart = now();
      schedule();
    }
  };

  const watch = await gateway.watchChanges((changes) => {
    if (stopped) return;
    if (pending.length === 0 && timer === null) burstStart = now();
    pending.push(...changes);
    if (!reading) schedule();
  });
  if (!watch.ok) return watch;
  return ok({
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = [];
      await watch.value.stop();
    },
  });
};
