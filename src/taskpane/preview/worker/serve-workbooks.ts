import type { GatewayError, WorkbookGateway } from "../../../core/gateway";
import type { Result } from "../../../core/result";
import { gatewayHandlers, outlineOf } from "../../worker/serve-gateway";
import { connect } from "../../worker/rpc/connect";
import type { MessageEndpoint } from "../../worker/rpc/message-endpoint";
import type { GatewayCalls } from "../../worker/gateway-calls";
import type { WorkbookCalls } from "./workbook-protocol";

/** What the worker holds: the .xlsx gateway (src/xlsx/xlsx-gateway.ts) as far as the preview uses it. */
export interface HeldWorkbook extends WorkbookGateway {
  save(): Promise<Uint8Array>;
}

export type OpenXlsx = (
  bytes: Uint8Array,
  name: string
) => Promise<Result<HeldWorkbook, GatewayError>>;

/**
 * The workbook worker's side: opens .xlsx bytes with the .xlsx gateway and answers the page's calls
 * on each open workbook with that gateway's own methods (serve-gateway.ts, as the page answers the
 * engine's worker), so the preview's reads and writes give exactly what they give in the page. Over a
 * direct line (`link`) it answers the engine's worker the same way, without the page in between.
 */
export const serveWorkbooks = (port: MessageEndpoint, open: OpenXlsx): void => {
  const workbooks = new Map<number, HeldWorkbook>();
  let lastSession = 0;
  const workbookOf = (session: number): HeldWorkbook => {
    const workbook = workbooks.get(session);
    // A call for a workbook already let go: a bug, answered as a failure.
    if (workbook === undefined)
      throw new Error(`The page asked for workbook ${session}, which is not open.`);
    return workbook;
  };
  connect<WorkbookCalls, Record<never, never>>(port, {
    ...gatewayHandlers(workbooks),
    ready: async () => true,
    open: async ({ bytes, name }) => {
      const opened = await open(bytes, name);
      if (!opened.ok) return opened;
      const session = ++lastSession;
      workbooks.set(session, opened.value);
      return { ok: true, value: outlineOf(opened.value, session) };
    },
    save: ({ session }) => workbookOf(session).save(),
    close: async ({ session }) => {
      workbooks.delete(session);
      return true;
    },
    link: async ({ port: line }) => {
      connect<GatewayCalls, Record<never, never>>(line, gatewayHandlers(workbooks));
      return true;
    },
  });
};
