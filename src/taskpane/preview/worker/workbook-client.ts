import type { GatewayError } from "../../../core/gateway";
import type { Result } from "../../../core/result";
import type { GatewayOutline, WorkbookHolder } from "../../worker/gateway-calls";
import { remoteGateway } from "../../worker/remote-gateway";
import { connect } from "../../worker/rpc/connect";
import type { MessageEndpoint } from "../../worker/rpc/message-endpoint";
import type { Caller } from "../../worker/rpc/procedure";
import type { WorkerClient } from "../../worker/worker-on-first-use";
import type { PreviewGateway } from "../preview-gateway";
import type { WorkbookCalls } from "./workbook-protocol";

type SelectListener = (sheet: string, address: string) => void;

/** The page's handle on the workbook worker. */
export interface WorkbookClient extends WorkerClient {
  /** Open .xlsx bytes in the worker: the preview's gateway over it, or the .xlsx gateway's own sentence. */
  open(bytes: Uint8Array, name: string): Promise<Result<RemoteWorkbook, GatewayError>>;
}

/** A workbook held in the worker, as the preview sees it. */
export interface RemoteWorkbook extends PreviewGateway {
  /** The workbook as .xlsx bytes, with every plan applied so far. */
  save(): Promise<Uint8Array>;
}

/**
 * The preview's gateway over a workbook held in the worker: every read and write goes there (the
 * engine's worker reaches it through this gateway, as it reaches Excel's). Only the grid's select
 * listeners stay here, on the page where the grid is; so selection is a capability while one listens,
 * as the .xlsx gateway says in the page.
 */
const remoteWorkbook = (
  worker: Caller<WorkbookCalls>,
  holder: WorkbookHolder,
  outline: GatewayOutline
): RemoteWorkbook => {
  const { session } = outline;
  const gateway = remoteGateway(worker, outline);
  const listeners = new Set<SelectListener>();
  return {
    ...gateway,
    capabilities: () => ({ ...outline.capabilities, selection: listeners.size > 0 }),
    select: async (sheet, address) => {
      const selected = await gateway.select(sheet, address);
      if (selected.ok) for (const listener of listeners) listener(sheet, address);
      return selected;
    },
    onSelect: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    save: () => worker.call("save", { session }),
    // The engine's worker reaches it directly; the preview's own wrapper (notifyingApply) redraws when it wrote.
    heldIn: { holder, session, wrote: () => undefined },
    close: () => {
      worker
        .call("close", { session })
        .catch((error: unknown) =>
          console.error("Plan Tracker: could not let go of a workbook", error)
        );
    },
  };
};

export const workbookClient = (port: MessageEndpoint): WorkbookClient => {
  const worker = connect<Record<never, never>, WorkbookCalls>(port, {});
  const holder: WorkbookHolder = {
    openPort: async () => {
      const { port1, port2 } = new MessageChannel();
      await worker.call("link", { port: port1 }, undefined, [port1]);
      return port2;
    },
  };
  return {
    open: async (bytes, name) => {
      const opened = await worker.call("open", { bytes, name });
      return opened.ok ? { ok: true, value: remoteWorkbook(worker, holder, opened.value) } : opened;
    },
    ready: async () => {
      await worker.call("ready", undefined);
    },
    close: (reason) => worker.close(reason),
  };
};
