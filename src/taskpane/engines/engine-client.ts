import type { WorkbookGateway } from "../../core/gateway";
import type { OnRunProgress } from "../progress/run-progress";
import type { EngineCalls, EngineName, EngineRequests, EngineRuns, GatewayCalls } from "./engine-protocol";
import { gatewayHandlers, outlineOf, type Sessions } from "./gateway-host";
import { connect } from "./rpc/connect";
import type { MessageEndpoint } from "./rpc/message-endpoint";
import type { Caller } from "./rpc/procedure";

/** The page's handle on the engine's worker. */
export interface EngineClient {
  /** Run one engine over this gateway in the worker; the gateway answers the worker's reads and writes meanwhile. */
  run<K extends EngineName>(name: K, gateway: WorkbookGateway, request: EngineRequests[K], onProgress?: OnRunProgress): Promise<EngineRuns[K]["result"]>;
  /** Resolves once the worker's code has loaded and answers. */
  ready(): Promise<void>;
  /** The worker has gone: fail every run still waiting with `reason`. */
  close(reason: Error): void;
}

/**
 * The page's side of the channel to the engine's worker. Each run gets a session naming its gateway,
 * so runs from different views (or workbooks, in the preview) can overlap; the session ends with the run.
 */
export const engineClient = (port: MessageEndpoint): EngineClient => {
  const sessions: Sessions = new Map();
  let lastSession = 0;
  const worker = connect<GatewayCalls, EngineCalls>(port, gatewayHandlers(sessions));
  // The engine runs alone, so each run's result type follows from its name.
  const engines: Caller<EngineRuns> = worker;
  return {
    run: async <K extends EngineName>(name: K, gateway: WorkbookGateway, request: EngineRequests[K], onProgress?: OnRunProgress) => {
      const session = ++lastSession;
      sessions.set(session, gateway);
      try {
        return await engines.call(name, { gateway: outlineOf(gateway, session), request }, onProgress);
      } finally {
        sessions.delete(session);
      }
    },
    ready: async () => {
      await worker.call("ready", undefined);
    },
    close: (reason) => worker.close(reason),
  };
};
