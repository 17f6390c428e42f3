import { useCallback, useEffect, useMemo, useRef } from "react";

/** One run's right to update the view: true while it is the latest run and the view is still there. */
export interface RunTicket {
  current(): boolean;
}

export interface LatestRun {
  /** A new run: every run started before it stops being current. */
  start(): RunTicket;
  /** No run under way may update the view any more (another workbook, an edit that makes its answer stale). */
  forget(): void;
}

/**
 * The pane's guard for work that finishes later: only the latest run may update the view (a slow
 * read of an earlier as-of date, edit or workbook must not overwrite a later one), and nothing may
 * after the view has gone (React would warn, and the answer belongs to nobody). Each view's hook
 * asks here rather than keeping its own counter and mounted flag.
 */
export const useLatestRun = (): LatestRun => {
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    // Set again on mount: React's strict mode mounts, unmounts and mounts the same component.
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback((): RunTicket => {
    const mine = ++latest.current;
    return { current: () => mounted.current && mine === latest.current };
  }, []);
  const forget = useCallback(() => {
    latest.current += 1;
  }, []);

  return useMemo(() => ({ start, forget }), [start, forget]);
};
