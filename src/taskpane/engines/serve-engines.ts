import type { WorkbookGateway } from "../../core/gateway";
import type { GatewayCalls } from "../worker/gateway-calls";
import { remoteGateway } from "../worker/remote-gateway";
import { connect } from "../worker/rpc/connect";
import type { MessageEndpoint } from "../worker/rpc/message-endpoint";
import type { Caller } from "../worker/rpc/procedure";
import type { EngineCalls, RunAnswer } from "./engine-calls";
import type { Operation, OperationTable } from "./operation";

/** The gateway as an engine sees it, noting whether any write went through (over a direct line the page sees none). */
const noticingWrites = (gateway: WorkbookGateway, wrote: () => void): WorkbookGateway => {
  const { undoLastRun } = gateway;
  return {
    ...gateway,
    apply: async (plan, onProgress) => {
      const applied = await gateway.apply(plan, onProgress);
      if (applied.ok) wrote();
      return applied;
    },
    ...(undoLastRun === undefined
      ? {}
      : {
          undoLastRun: async (onProgress) => {
            const undone = await undoLastRun(onProgress);
            if (undone.ok) wrote();
            return undone;
          },
        }),
  };
};

/**
 * The engine's worker's side: serves every operation of the table by its name, each exactly as the
 * pane's own thread would run it, over a gateway whose reads and writes go to the workbook's holder
 * (the page, or a worker reached over a direct line), and reports its phases back as it goes.
 */
export const serveEngines = (port: MessageEndpoint, operations: OperationTable): void => {
  const links = new Map<number, Caller<GatewayCalls>>();
  const run = async (
    { operation, gateway, request }: EngineCalls["run"]["payload"],
    report: (progress: EngineCalls["run"]["progress"]) => void
  ): Promise<RunAnswer> => {
    // The table's own keys only (never "toString" and the like); an unknown name is a bug, answered as a failure.
    if (!Object.prototype.hasOwnProperty.call(operations, operation))
      throw new Error(`No engine operation is called '${operation}'.`);
    // Each request was built by the page's typed client for this very operation (engine-client.ts).
    const operate = operations[operation] as Operation<unknown, unknown>;
    const holder = gateway.link === undefined ? page : links.get(gateway.link);
    if (holder === undefined)
      throw new Error(`The engine was given line ${gateway.link}, which it does not have.`);
    let wrote = false;
    const answer = await operate(
      noticingWrites(remoteGateway(holder, gateway), () => (wrote = true)),
      request,
      report
    );
    return { answer, wrote: wrote && gateway.link !== undefined };
  };
  const page: Caller<GatewayCalls> = connect<EngineCalls, GatewayCalls>(port, {
    ready: async () => Object.keys(operations),
    run,
    link: async ({ link, port: line }) => {
      links.set(link, connect<Record<never, never>, GatewayCalls>(line, {}));
      return true;
    },
  });
};
