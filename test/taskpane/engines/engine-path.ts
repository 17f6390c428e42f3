import type { FillRequest, GatewayError, WorkbookGateway } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { engineClient, type EngineClient } from "../../../src/taskpane/worker/engine-client";
import { serveEngines } from "../../../src/taskpane/worker/engine-host";
import { channel, type Channel } from "./channel";

/**
 * The page and the engine's worker in one process: the page's client on one end of a real
 * MessageChannel, the worker's engine host (what engine.worker.ts runs) on the other.
 */
export interface EnginePath {
  client: EngineClient;
  close(): void;
}

export const enginePath = (): EnginePath => {
  const ports: Channel = channel();
  serveEngines(ports.worker);
  return { client: engineClient(ports.page), close: ports.close };
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
    capabilities: () => ({ conditionalFormats: true, dataValidation: true, cellProperties: true, customXmlParts: true, selection: true }),
    read: async (): Promise<Result<WorkbookSnapshot, GatewayError>> => {
      gateway.reads += 1;
      return { ok: true, value: { ...workbook, sheets: workbook.sheets.map((sheet) => ({ ...sheet, fills: {} })) } };
    },
    readFills: async (requests) => {
      gateway.fillRequests.push(requests);
      const fills: Record<string, Record<string, string>> = {};
      for (const request of requests) fills[request.sheet] = workbook.sheets.find((sheet) => sheet.name === request.sheet)?.fills ?? {};
      return { ok: true, value: fills };
    },
    apply: async () => ({ ok: true, value: { opsApplied: 0, syncs: 0 } }),
    select: async () => ({ ok: true, value: undefined }),
  };
  return gateway;
};
