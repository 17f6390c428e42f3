import type { RunProgress } from "../progress/run-progress";
import type { GatewayOutline } from "../worker/gateway-calls";
import type { Procedure } from "../worker/rpc/procedure";

/**
 * What the page asks of the engine's worker (types only). The worker runs operations from its table
 * over a workbook; while one runs, the worker calls that workbook's holder back (GatewayCalls): the
 * page, where Office.js lives, or over a direct line the preview's workbook worker.
 */

/** One operation's run: its name in the table, the workbook, and the request. */
export interface RunCall {
  operation: string;
  gateway: GatewayOutline;
  request: unknown;
}

export interface RunAnswer {
  answer: unknown;
  /** Whether it wrote into a workbook over a direct line, which the page did not see (the preview redraws). */
  wrote: boolean;
}

export interface EngineCalls {
  /** Answers once the worker's code has loaded, with the names of the operations it serves. */
  ready: Procedure<undefined, string[]>;
  run: Procedure<RunCall, RunAnswer, RunProgress>;
  /** A direct line to a worker that holds workbooks; later runs name it in their outline. */
  link: Procedure<{ link: number; port: MessagePort }, true>;
}
