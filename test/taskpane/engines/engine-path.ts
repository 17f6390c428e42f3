import type { FillRequest, GatewayError, WorkbookGateway } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { engineClient, type EngineClient } from "../../../src/taskpane/engines/engine-client";
import {
  ENGINE_OPERATIONS,
  type EngineOperations,
  type PaneEngines,
} from "../../../src/taskpane/engines/operations";
import { serveEngines } from "../../../src/taskpane/engines/serve-engines";
import { channel, type Channel } from "../worker/channel";

/**
 * The page and the engine's worker in one process: the page's client on one end of a real
 * MessageChannel, the worker's side (what engines.worker.ts runs) on the other.
 */
export interface EnginePath {
  client: EngineClient<EngineOperations>;
  /** The table's operations through the channel, as the views get them from the worker. */
  engines: PaneEngines;
  close(): void;
}

export const enginePath = async (): Promise<EnginePath> => {
  const ports: Channel = channel();
  serveEngines(ports.worker, ENGINE_OPERATIONS);
  const client = engineClient<EngineOperations>(ports.page);
  await client.ready();
  return { client, engines: client.engines(), close: ports.close };
};

export interface ExcelLikeGateway extends WorkbookGateway {
  reads: number;
  fillRequests: FillRequest[][];
}

/**
 * A gateway shaped like Office.js's: read() returns no fills, and readFills() answers just the ranges
 * asked for (here the whole sheet's fills, as a host may return more), so the core takes its second
 * round trip for statuses held only as colour.
 */
export const excelLikeGateway = (workbook: WorkbookSnapshot): ExcelLikeGateway => {
  const gateway: ExcelLikeGateway = {
    kind: "excel",
    reads: 0,
    fillRequests: [],
    capabilities: () => ({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: true,
      customXmlParts: true,
      selection: true,
    }),
    read: async (): Promise<Result<WorkbookSnapshot, GatewayError>> => {
      gateway.reads += 1;
      return {
        ok: true,
        value: { ...workbook, sheets: workbook.sheets.map((sheet) => ({ ...sheet, fills: {} })) },
      };
    },
    readFills: async (requests) => {
      gateway.fillRequests.push(requests);
      const fills: Record<string, Record<string, string>> = {};
      for (const request of requests)
        fills[request.sheet] =
          workbook.sheets.find((sheet) => sheet.name === request.sheet)?.fills ?? {};
      return { ok: true, value: fills };
    },
    apply: async () => ({ ok: true, value: { opsApplied: 0, syncs: 0 } }),
    select: async () => ({ ok: true, value: undefined }),
  };
  return gateway;
};
