import type { WorkbookGateway } from "../../core/gateway";
import type { GatewayCalls, GatewayOutline } from "./gateway-calls";
import type { Caller } from "./rpc/procedure";

/**
 * The workbook as the engine's worker sees it: a WorkbookGateway whose every call goes to the page,
 * where the real gateway lives (Office.js exists only there). So src/app runs in the worker exactly as
 * it runs anywhere else. It has the optional parts the real one has, and no others: the core reads
 * fills differently when readFills is absent.
 */
export const remoteGateway = (
  page: Caller<GatewayCalls>,
  outline: GatewayOutline
): WorkbookGateway => {
  const { session, has } = outline;
  return {
    kind: outline.kind,
    capabilities: () => outline.capabilities,
    read: (request) =>
      page.call("read", { session, ...(request === undefined ? {} : { request }) }),
    apply: (plan, onProgress) =>
      page.call(
        "apply",
        { session, plan },
        onProgress && ((step) => onProgress(step.done, step.total))
      ),
    select: (sheet, address) => page.call("select", { session, sheet, address }),
    ...(has.readFills
      ? { readFills: (requests) => page.call("readFills", { session, requests }) }
      : {}),
    ...(has.storeMapping
      ? { storeMapping: (xml) => page.call("storeMapping", { session, xml }) }
      : {}),
    ...(has.undoLastRun
      ? {
          undoLastRun: (onProgress) =>
            page.call(
              "undoLastRun",
              { session },
              onProgress && ((step) => onProgress(step.done, step.total))
            ),
        }
      : {}),
    ...(has.undoableRun ? { undoableRun: () => page.call("undoableRun", { session }) } : {}),
  };
};
