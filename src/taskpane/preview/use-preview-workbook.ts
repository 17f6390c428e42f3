import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";
import { notifyingApply, readGridSnapshot } from "./grid-snapshot";
import type { OpenWorkbook, PreviewGateway } from "./preview-gateway";
import type { FetchBytes, WorkbookSource } from "./workbook-source";
import { loadWorkbookBytes } from "./workbook-source";

export interface LoadedWorkbook {
  /** Changes with every workbook opened, so the pane starts afresh for each. */
  serial: number;
  name: string;
  gateway: PreviewGateway;
  /** What the grid draws; null when the grid's own read failed (the pane still works). */
  snapshot: WorkbookSnapshot | null;
  gridMessage: string | null;
}

export type PreviewState =
  | { status: "loading"; source: WorkbookSource }
  | { status: "ready"; source: WorkbookSource; workbook: LoadedWorkbook }
  | { status: "failed"; source: WorkbookSource; message: string };

const UNEXPECTED =
  "Plan Tracker could not open this workbook because of an unexpected problem; please try another file.";

/** Opens the chosen sample or file in the browser and keeps the grid's snapshot current. */
export const usePreviewWorkbook = (
  initial: WorkbookSource,
  openWorkbook: OpenWorkbook,
  fetcher?: FetchBytes
) => {
  const [source, setSource] = useState<WorkbookSource>(initial);
  const [state, setState] = useState<PreviewState>({ status: "loading", source: initial });
  const serial = useRef(0);
  // The workbook shown, let go of (in the workbook's worker) once the preview moves on from it.
  const held = useRef<PreviewGateway | null>(null);

  const redraw = useCallback(async (gateway: PreviewGateway, forSerial: number) => {
    // A workbook the preview has moved on from may already be let go of: nothing to redraw, nothing to read.
    if (forSerial !== serial.current) return;
    const read = await readGridSnapshot(gateway).catch((error: unknown) => {
      console.error("Plan Tracker: preview redraw failed", error);
      return null;
    });
    if (read === null || forSerial !== serial.current) return;
    setState((previous) =>
      previous.status === "ready" && previous.workbook.serial === forSerial
        ? {
            ...previous,
            workbook: {
              ...previous.workbook,
              snapshot: read.ok ? read.value : previous.workbook.snapshot,
              gridMessage: read.ok ? null : read.error.message,
            },
          }
        : previous
    );
  }, []);

  useEffect(() => {
    const mine = ++serial.current;
    setState({ status: "loading", source });
    // Its views unmount now, so let it go before the next one is read: two large plans never wait in memory at once.
    held.current?.close?.();
    held.current = null;
    const open = async () => {
      const bytes = await loadWorkbookBytes(source, fetcher);
      if (!bytes.ok) return { status: "failed", source, message: bytes.error } as const;
      const opened = await openWorkbook(bytes.value.bytes, bytes.value.name);
      if (!opened.ok) return { status: "failed", source, message: opened.error.message } as const;
      const gateway = notifyingApply(opened.value, () => void redraw(gateway, mine));
      const read = await readGridSnapshot(gateway);
      const workbook: LoadedWorkbook = {
        serial: mine,
        name: bytes.value.name,
        gateway,
        snapshot: read.ok ? read.value : null,
        gridMessage: read.ok ? null : read.error.message,
      };
      return { status: "ready", source, workbook } as const;
    };
    // Every failure is caught just below, and the answer is shown (or let go of) in the then().
    void open()
      .catch((error: unknown): PreviewState => {
        console.error("Plan Tracker: preview open failed", error);
        return { status: "failed", source, message: UNEXPECTED };
      })
      .then((next) => {
        if (mine !== serial.current) {
          // Opened after the person chose another: never shown.
          if (next.status === "ready") next.workbook.gateway.close?.();
          return;
        }
        if (next.status === "ready") held.current = next.workbook.gateway;
        setState(next);
      });
  }, [source, openWorkbook, fetcher, redraw]);

  useEffect(
    () => () => {
      held.current?.close?.();
      held.current = null;
    },
    []
  );

  return { state, source, open: setSource };
};
