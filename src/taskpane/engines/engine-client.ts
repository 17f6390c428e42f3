import type { WorkbookGateway } from "../../core/gateway";
import type { OnRunProgress } from "../progress/run-progress";
import type { GatewayCalls, HeldElsewhere, WorkbookHolder } from "../worker/gateway-calls";
import { connect } from "../worker/rpc/connect";
import type { MessageEndpoint } from "../worker/rpc/message-endpoint";
import { gatewayHandlers, outlineOf, type Sessions } from "../worker/serve-gateway";
import type { WorkerClient } from "../worker/worker-on-first-use";
import type { EngineCalls } from "./engine-calls";
import type { Engines, OperationTable } from "./operation";

/**
 * A gateway whose workbook sits in another worker (the preview's): the engine's worker then reads and
 * writes it over a direct line, so a snapshot or a write plan is copied once, not twice through the page.
 */
const isHeldElsewhere = (gateway: WorkbookGateway): gateway is WorkbookGateway & HeldElsewhere =>
  "heldIn" in gateway && gateway.heldIn !== undefined;

/** The page's handle on the engine's worker. */
export interface EngineClient<T extends OperationTable> extends WorkerClient {
  /** The table's operations, each run in the worker; known once ready() has answered. */
  engines(): Engines<T>;
}

/**
 * The page's side of the channel to the engine's worker, typed by the table the worker serves (only
 * its type is imported here: the engines' code stays out of the page). Each run over a gateway the
 * page holds gets a session naming it, so runs from different views can overlap; the session ends with
 * the run. A workbook held in another worker (the preview's) is reached by the engine's worker over a
 * direct line, opened once per holder, so its snapshot and write plans never pass through the page.
 */
export const engineClient = <T extends OperationTable>(port: MessageEndpoint): EngineClient<T> => {
  const sessions: Sessions = new Map();
  let lastSession = 0;
  const worker = connect<GatewayCalls, EngineCalls>(port, gatewayHandlers(sessions));
  const links = new Map<WorkbookHolder, Promise<number>>();
  let lastLink = 0;
  let names: string[] = [];

  const lineTo = (holder: WorkbookHolder): Promise<number> => {
    const known = links.get(holder);
    if (known !== undefined) return known;
    const link = ++lastLink;
    const opened = (async () => {
      const line = await holder.openPort();
      await worker.call("link", { link, port: line }, undefined, [line]);
      return link;
    })();
    links.set(holder, opened);
    // A line that failed to open is tried afresh next time.
    opened.catch(() => links.delete(holder));
    return opened;
  };

  const run = async (
    operation: string,
    gateway: WorkbookGateway,
    request: unknown,
    onProgress?: OnRunProgress
  ): Promise<unknown> => {
    if (isHeldElsewhere(gateway)) {
      const { holder, session, wrote } = gateway.heldIn;
      const link = await lineTo(holder);
      const ran = await worker.call(
        "run",
        { operation, gateway: { ...outlineOf(gateway, session), link }, request },
        onProgress
      );
      if (ran.wrote) wrote();
      return ran.answer;
    }
    const session = ++lastSession;
    sessions.set(session, gateway);
    try {
      return (
        await worker.call(
          "run",
          { operation, gateway: outlineOf(gateway, session), request },
          onProgress
        )
      ).answer;
    } finally {
      sessions.delete(session);
    }
  };

  return {
    ready: async () => {
      names = await worker.call("ready", undefined);
    },
    close: (reason) => worker.close(reason),
    // Built from the names the worker serves, which are the table's own keys (both ends are built
    // from the same source); each answer is that operation's, as the table's types say.
    engines: () =>
      Object.fromEntries(
        names.map((name) => [
          name,
          (gateway: WorkbookGateway, request: unknown, onProgress?: OnRunProgress) =>
            run(name, gateway, request, onProgress),
        ])
      ) as Engines<T>,
  };
};
