import type { WorkbookGateway } from "../../core/gateway";
import type { GatewayCalls, GatewayOutline } from "./gateway-calls";
import type { Handlers } from "./rpc/procedure";

/** The gateways a thread holds for another thread's calls, by session. */
export type Sessions = Map<number, WorkbookGateway>;

export const outlineOf = (gateway: WorkbookGateway, session: number): GatewayOutline => ({
  session,
  kind: gateway.kind,
  capabilities: gateway.capabilities(),
  has: {
    readFills: gateway.readFills !== undefined,
    storeMapping: gateway.storeMapping !== undefined,
    undoLastRun: gateway.undoLastRun !== undefined,
    undoableRun: gateway.undoableRun !== undefined,
  },
});

/** A call for a run that has finished, or for a part the gateway lacks: a bug, answered as a failure. */
const missing = (what: string): never => {
  throw new Error(`The engine asked for ${what}, which this run's workbook does not have.`);
};

/**
 * The holder's side of an engine's calls (the page, or the preview's workbook worker): each is the
 * real gateway's own method for that session, its answer (a Result, with a GatewayError's plain
 * sentence) sent back as it is.
 */
export const gatewayHandlers = (sessions: Sessions): Handlers<GatewayCalls> => {
  const gatewayOf = (session: number): WorkbookGateway =>
    sessions.get(session) ?? missing(`run ${session}`);
  return {
    read: ({ session, request }) => gatewayOf(session).read(request),
    readFills: ({ session, requests }) => {
      const gateway = gatewayOf(session);
      return gateway.readFills ? gateway.readFills(requests) : missing("readFills");
    },
    apply: ({ session, plan }, report) =>
      gatewayOf(session).apply(plan, (done, total) => report({ done, total })),
    select: ({ session, sheet, address }) => gatewayOf(session).select(sheet, address),
    storeMapping: ({ session, xml }) => {
      const gateway = gatewayOf(session);
      return gateway.storeMapping ? gateway.storeMapping(xml) : missing("storeMapping");
    },
    undoLastRun: ({ session }, report) => {
      const gateway = gatewayOf(session);
      return gateway.undoLastRun
        ? gateway.undoLastRun((done, total) => report({ done, total }))
        : missing("undoLastRun");
    },
    undoableRun: ({ session }) => {
      const gateway = gatewayOf(session);
      return gateway.undoableRun ? gateway.undoableRun() : missing("undoableRun");
    },
  };
};
